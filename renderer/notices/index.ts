export { NoticesPage } from './NoticesPage';
export { WriteNoticeButton, type WriteNoticeButtonProps } from './WriteNoticeButton';

import {
  HARDSHIP_SETTING_LABELS,
  saveHardshipSettings,
  validateSettings,
} from '../../shared/ledgers/hardship';
import { useDb } from '../app/AppContext';
import { SourcedSettingsPanel } from '../app/SourcedSettingsPanel';
import { useHardshipSettings } from './useHardship';

/** 帮扶标准: every number the ledger uses (低保, 边缘, 脱困, 复核), each with its source. */
export function StandardsPanel() {
  const db = useDb();
  return (
    <SourcedSettingsPanel
      testId="hardship-standards"
      intro="各地低保标准每年调整，请按本地民政部门公布的标准修改，并写明依据（文号或条款）。"
      labels={HARDSHIP_SETTING_LABELS}
      saved={useHardshipSettings()}
      validate={validateSettings}
      save={(draft) => saveHardshipSettings(db, draft)}
      moneyKeys={['minLivingStandardCents']}
      saveLabel="保存标准"
      savedText="帮扶标准已保存"
      failedText="帮扶标准没有保存"
    />
  );
}

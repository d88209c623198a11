// shared/core/ids/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export { checkIdNumber, maskIdNumber, maskPersonalNumbers, maskPhone } from './idNumber';
export { idMinter, newId } from './newId';

import {
  saveTownshipSettings,
  TOWNSHIP_SETTING_LABELS,
  validateTownshipSettings,
} from '../../shared/ledgers/township';
import { useDb } from '../app/AppContext';
import { SourcedSettingsPanel } from '../app/SourcedSettingsPanel';
import { useTownshipSettings } from './useTownship';

/** 规则设置: the registry's numbers (任期年限, 联合工会覆盖单位, 届满提醒), each with its source. */
export function RulesPanel() {
  const db = useDb();
  return (
    <SourcedSettingsPanel
      testId="township-rules"
      intro="检查下属工会登记信息时用到的数字。各地规定不同的，请修改数值并写明依据（文号或条款）。"
      labels={TOWNSHIP_SETTING_LABELS}
      saved={useTownshipSettings()}
      validate={validateTownshipSettings}
      save={(draft) => saveTownshipSettings(db, draft)}
      labelWidth={200}
      saveLabel="保存设置"
      savedText="下属工会规则已保存"
      failedText="规则没有保存"
    />
  );
}

/** Thin React components over GOV.UK Frontend's markup: the console's only design language. */
export { Breadcrumbs } from './Breadcrumbs';
export { Button, ButtonGroup } from './Button';
export { DateInput } from './DateInput';
export { Details } from './Details';
export { ErrorSummary, type ProblemItem } from './ErrorSummary';
export {
  Checkbox,
  Checkboxes,
  Fieldset,
  FileUpload,
  Hint,
  Radio,
  Radios,
  Select,
  Textarea,
  TextInput,
  useFieldId,
} from './fields';
export { Footer, Header, PhaseBanner, ServiceNavigation, SkipLink, type NavigationItem } from './Header';
export { NotificationBanner } from './NotificationBanner';
export { SummaryList, type SummaryRow } from './SummaryList';
export { Table } from './Table';
export { Tag, type TagColour } from './Tag';

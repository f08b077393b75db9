import '@/components/popup/side-panel.css';
import { mountPopup } from '@/components/popup/mount';

// The side panel (Chrome `side_panel`, Firefox `sidebar_action`): the popup's view, kept open,
// following the active tab from company to company.
mountPopup({ follow: true });

import type { ReactNode } from 'react';

/** Line icons for the control bar, drawn beside their words (never instead of them). */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const PrivacyIcon = () => (
  <Icon>
    <path d="M3 3l18 18M10.6 6.1A9.6 9.6 0 0 1 12 6c5 0 9 6 9 6a16 16 0 0 1-2.6 3.2M6.6 6.6C4.4 8.1 3 12 3 12s4 6 9 6c1.6 0 3-.5 4.3-1.2" />
    <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2" />
  </Icon>
);

export const GalleryIcon = () => (
  <Icon>
    <rect x="3" y="4" width="8" height="7" rx="1.5" />
    <rect x="13" y="4" width="8" height="7" rx="1.5" />
    <rect x="3" y="13" width="8" height="7" rx="1.5" />
    <rect x="13" y="13" width="8" height="7" rx="1.5" />
  </Icon>
);

export const SpeakerIcon = () => (
  <Icon>
    <rect x="3" y="3" width="18" height="12" rx="1.5" />
    <rect x="3" y="17" width="5" height="4" rx="1" />
    <rect x="9.5" y="17" width="5" height="4" rx="1" />
    <rect x="16" y="17" width="5" height="4" rx="1" />
  </Icon>
);

export const SelfIcon = () => (
  <Icon>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <rect x="12" y="12" width="7" height="6" rx="1" />
  </Icon>
);

export const AudioOnlyIcon = () => (
  <Icon>
    <path d="M4 15v-3a8 8 0 0 1 16 0v3" />
    <rect x="3" y="14" width="4" height="6" rx="1.5" />
    <rect x="17" y="14" width="4" height="6" rx="1.5" />
  </Icon>
);

export const MuteAllIcon = () => (
  <Icon>
    <path d="M9 3a3 3 0 0 1 3 3v5M6 10v1a6 6 0 0 0 9.5 4.9M12 18v3M3 3l18 18" />
  </Icon>
);

export const PanelIcon = () => (
  <Icon>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M15 4v16" />
  </Icon>
);

export const KeyboardIcon = () => (
  <Icon>
    <rect x="2" y="6" width="20" height="12" rx="2" />
    <path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10" />
  </Icon>
);

export const LeaveIcon = () => (
  <Icon>
    <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 8l-4 4 4 4M6 12h10" />
  </Icon>
);

export const EndIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <rect x="9" y="9" width="6" height="6" rx="1" />
  </Icon>
);

export const ChevronIcon = () => (
  <Icon>
    <path d="M6 15l6-6 6 6" />
  </Icon>
);

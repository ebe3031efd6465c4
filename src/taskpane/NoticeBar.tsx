/** The one message a pane shows after an action: what happened, or why it failed. */
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface Notice {
  intent: 'error' | 'warning' | 'success' | 'info';
  title: string;
  text: string;
}

export function NoticeBar({ notice }: { notice: Notice | undefined }): React.ReactElement | null {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} data-intent={notice.intent}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.text}
      </MessageBarBody>
    </MessageBar>
  );
}

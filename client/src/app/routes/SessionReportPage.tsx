import { useParams } from 'react-router';
import { pageTitle } from '@/config/app';
import { SessionReportView } from '@/features/record';

/** The facilitator's report on one ended session. */
export function SessionReportPage() {
  const { sessionId = '' } = useParams();
  return (
    <div className="page">
      <title>{pageTitle('Session report')}</title>
      <SessionReportView sessionId={sessionId} />
    </div>
  );
}

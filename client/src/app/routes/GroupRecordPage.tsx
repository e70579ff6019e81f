import { useParams } from 'react-router';
import { pageTitle } from '@/config/app';
import { GroupRecordView } from '@/features/record';

/** The group's record over its last sessions, for facilitators. */
export function GroupRecordPage() {
  const { groupId = '' } = useParams();
  return (
    <div className="page">
      <title>{pageTitle('Group record')}</title>
      <GroupRecordView groupId={groupId} />
    </div>
  );
}

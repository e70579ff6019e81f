import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';
import { useAction } from '@/lib/use-action';
import { createGroup, groupQuery, myGroupsQuery } from '@/features/groups/api/groups-api';
import { GroupForm } from '@/features/groups/components/GroupForm';
import { emptyGroupValues } from '@/features/groups/components/group-form-values';

export function NewGroupPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useAction(createGroup);

  return (
    <div className="page page--narrow">
      <title>{pageTitle('Start a new group')}</title>
      <p className="breadcrumb">
        <Link to={paths.groups}>Your groups</Link>
      </p>
      <h1>Start a new group</h1>
      <p className="lead">You can change all of this later. Next you’ll write the group agreement and invite members.</p>
      <div className="panel">
        <GroupForm
          initial={emptyGroupValues()}
          submitLabel="Create group"
          pendingLabel="Creating…"
          pending={create.pending}
          error={create.error}
          onSubmit={async (input) => {
            const group = await create.run(input);
            if (!group) return;
            queryClient.setQueryData(groupQuery(group.id).queryKey, group);
            // The dashboard asks again rather than showing, for a moment, a list without it.
            queryClient.removeQueries({ queryKey: myGroupsQuery().queryKey, exact: true });
            navigate(paths.group(group.id));
          }}
        />
      </div>
    </div>
  );
}

import { pageTitle } from '@/config/app';
import { TwoStepSection } from '@/features/auth/components/TwoStepSection';
import { CalendarFeedSection } from '@/features/calendar/components/CalendarFeedSection';
import { FacilitatorProfileSection } from '@/features/directory/components/FacilitatorProfileSection';
import { useAuth } from '@/lib/auth-context';

export function AccountPage() {
  const { user } = useAuth();

  return (
    <div className="page page--narrow">
      <title>{pageTitle('Your account')}</title>
      <h1>Your account</h1>
      {user ? (
        <p className="lead">
          Signed in as {user.displayName} ({user.email}).
        </p>
      ) : null}
      <TwoStepSection />
      <CalendarFeedSection />
      <FacilitatorProfileSection />
    </div>
  );
}

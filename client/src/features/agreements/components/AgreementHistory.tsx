import type { AgreementVersion } from '@hearth/shared';
import { formatDateTime } from '@/lib/format';

/** Every version, newest first, with who signed it, what name they typed and when. */
export function AgreementHistory({ versions }: { versions: AgreementVersion[] }) {
  if (versions.length === 0) return <p className="muted">Nothing published yet.</p>;
  return (
    <ol className="version-list" reversed>
      {versions.map((version, index) => (
        <li key={version.version} className="version">
          <h4 className="version__title">
            Version {version.version}
            {index === 0 ? <span className="tag tag--accent">Current</span> : null}
          </h4>
          <p className="small muted">
            Published {formatDateTime(version.publishedAt)} by {version.publishedBy}
          </p>
          <details>
            <summary>Read version {version.version}</summary>
            <div className="agreement-text agreement-text--compact">{version.body}</div>
          </details>
          <p className="small">{version.signers.length === 0 ? 'No signatures yet.' : `Signed by ${version.signers.length}:`}</p>
          {version.signers.length > 0 ? (
            <ul className="signer-list">
              {version.signers.map((signer) => (
                <li key={signer.userId}>
                  <strong>{signer.displayName}</strong> typed “{signer.typedName}” · {formatDateTime(signer.acceptedAt)}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

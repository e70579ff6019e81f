import {
  signatureMatches,
  type AcceptAgreementBody,
  type Agreement,
  type AgreementVersion,
  type CurrentAgreement,
  type PublishAgreementBody,
  type User,
} from '@hearth/shared';
import { AppError } from '../../lib/errors.js';
import { sha256 } from '../../lib/crypto.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { AgreementRepository, AgreementRow } from './repository.js';

interface Deps {
  repo: AgreementRepository;
  access: GroupAccess;
  audit: Audit;
}

/** Where the signature came from, kept with it as evidence. */
export interface SigningContext {
  ip: string;
  userAgent: string | undefined;
}

const toAgreement = (row: AgreementRow, publishedBy: string): Agreement => ({
  version: row.version,
  body: row.body,
  sha256: row.sha256,
  publishedAt: row.publishedAt.toISOString(),
  publishedBy,
});

/** Who signs: her account, whose full name the typed signature has to be. */
export type Signer = Pick<User, 'id' | 'displayName'>;

/** A signature is her full name as on her account, however cased or spaced; anything else signs nothing. */
function requireOwnName(typedName: string, signer: Signer) {
  if (!signatureMatches(typedName, signer.displayName)) {
    throw new AppError('SIGNATURE_MISMATCH', `To sign, type your full name as it is on your account: ${signer.displayName}.`);
  }
}

const notPublished = () => new AppError('AGREEMENT_NOT_PUBLISHED', 'This group has no confidentiality agreement yet. Your facilitator will publish one.');

export function createAgreementService({ repo, access, audit }: Deps) {
  return {
    async current(groupId: string, userId: string): Promise<CurrentAgreement> {
      await access.requireMember(groupId, userId);
      const found = await repo.current(groupId);
      if (!found) throw notPublished();
      return { ...toAgreement(found.agreement, found.publisherName), acceptedByMe: await repo.hasAccepted(found.agreement.id, userId) };
    },

    /** Every version, newest first, with who signed which (facilitators). */
    async history(groupId: string, userId: string): Promise<AgreementVersion[]> {
      await access.requireFacilitator(groupId, userId);
      const [versions, signers] = await Promise.all([repo.listVersions(groupId), repo.listSigners(groupId)]);
      return versions.map(({ agreement, publisherName }) => ({
        ...toAgreement(agreement, publisherName),
        signers: signers
          .filter((s) => s.agreementId === agreement.id)
          .map((s) => ({ userId: s.userId, displayName: s.displayName, typedName: s.typedName, acceptedAt: s.acceptedAt.toISOString() })),
      }));
    },

    /** Publishing makes a new version; the facilitator signs it as she publishes. */
    async publish(groupId: string, body: PublishAgreementBody, signer: Signer, ctx: SigningContext) {
      const userId = signer.id;
      await access.requireFacilitator(groupId, userId);
      requireOwnName(body.typedName, signer);
      const hash = sha256(body.body);
      const row = await repo.publish({ groupId, body: body.body, sha256: hash, publishedBy: userId });
      await repo.insertAcceptance({ agreementId: row.id, userId, typedName: body.typedName, sha256: hash, ip: ctx.ip, userAgent: ctx.userAgent });
      await audit.record({ actorId: userId, action: 'agreement.publish', groupId, detail: { version: row.version } });
      const published = await repo.current(groupId);
      return toAgreement(row, published?.publisherName ?? '');
    },

    /** Signs the current version, and only if it is exactly the text the person read. */
    async accept(groupId: string, version: number, body: AcceptAgreementBody, signer: Signer, ctx: SigningContext) {
      const userId = signer.id;
      await access.requireMember(groupId, userId);
      const found = await repo.current(groupId);
      if (!found) throw notPublished();
      const { agreement } = found;
      if (agreement.version !== version || agreement.sha256 !== body.sha256) {
        throw new AppError('AGREEMENT_OUTDATED', 'The agreement changed while you were reading. Please read the new version.', {
          version: agreement.version,
        });
      }
      requireOwnName(body.typedName, signer);
      if (await repo.hasAccepted(agreement.id, userId)) return { version };
      await repo.insertAcceptance({ agreementId: agreement.id, userId, typedName: body.typedName, sha256: agreement.sha256, ip: ctx.ip, userAgent: ctx.userAgent });
      await audit.record({ actorId: userId, action: 'agreement.accept', groupId, detail: { version } });
      return { version };
    },

    /** The gate's agreement step: throws AGREEMENT_REQUIRED with the version to sign. */
    async requireCurrentAccepted(groupId: string, userId: string) {
      const found = await repo.current(groupId);
      if (!found) throw notPublished();
      if (!(await repo.hasAccepted(found.agreement.id, userId))) {
        throw new AppError('AGREEMENT_REQUIRED', 'Please read and sign the group’s current agreement first.', {
          version: found.agreement.version,
        });
      }
      return found.agreement.version;
    },
  };
}
export type AgreementService = ReturnType<typeof createAgreementService>;

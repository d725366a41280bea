import { forbidden } from '@laa/errors';
import { Access, accessRule, requireSignedIn, Role } from '@laa/identity';
import { moderatorRole } from './sign-off-rules';

/** Who may call sign-off's operations, by role alone (declared with `@Authorized`); the services check the agreement. */

/** A GO theme lead of the region signs off targets (the service checks the target's theme). */
export const TARGET_SIGNERS = Access.roles(Role.THEME_LEAD).because(
  ({ region }) => `Only a GO theme lead of region ${region} may sign off a target`,
);

/** Only a Minister records the Secretary of State's consultation of Cabinet colleagues. */
export const CABINET_CONSULTERS = Access.roles(Role.MINISTER).because(
  () => "Only a Minister may record the Secretary of State's consultation of Cabinet colleagues",
);

/** The region's RD or DRD, or a Minister, decide changes to signed agreements (the service checks the change's level). */
export const CHANGE_DECIDERS = Access.roles(
  Role.REGIONAL_DIRECTOR,
  Role.DEPUTY_REGIONAL_DIRECTOR,
  Role.MINISTER,
).because(
  ({ region }) =>
    `Only the Regional Director or a Deputy of region ${region}, or a Minister, decide changes to signed agreements`,
);

/** Cross-GO moderators: an RD or DRD of any region (not only this one), or a CLG analyst; a rule of sign-off's own. */
export const CROSS_GO_MODERATORS = accessRule('cross-GO moderators', (caller) => {
  if (!moderatorRole(requireSignedIn(caller)))
    throw forbidden(
      'Only cross-GO moderators (a Regional Director or Deputy of any region, or a CLG analyst) may do this',
    );
});

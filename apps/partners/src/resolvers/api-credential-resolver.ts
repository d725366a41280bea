import { badInput, forbidden } from '@laa/errors';
import { Arg, Args, Ctx, Directive, ID, Mutation, Query, Resolver, Authorized } from 'type-graphql';
import { Access, SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { ApiCredential } from '../entities/api-credential';
import { PartnersContext } from './context';
import { CreateApiCredentialArgs, ApiTokenArgs } from './api-credential.inputs';
import { IssuedApiCredential, ApiToken } from '../entities/issued-api-credential';

@Resolver(() => ApiCredential)
export class ApiCredentialResolver {
  @Authorized(Access.regionStaff)
  @Query(() => [ApiCredential], { description: "Council systems' credentials in this region (GO staff only)." })
  apiCredentials(
    @Arg('areaCode', () => String, { nullable: true }) areaCode: string | undefined,
    @Ctx() { services }: PartnersContext,
  ) {
    return services.credentials.list(areaCode);
  }

  @Authorized(Access.regionStaff)
  @Mutation(() => IssuedApiCredential, {
    description: 'Creates a credential for a council system of one area (GO staff only).',
  })
  createApiCredential(
    @Args() { areaCode, name }: CreateApiCredentialArgs,
    @SignedInPerson() staff: SignedIn,
    @Ctx() { services }: PartnersContext,
  ) {
    return services.credentials.create(staff, areaCode, name);
  }

  @Authorized(Access.regionStaff)
  @Mutation(() => IssuedApiCredential, {
    description: "Replaces a credential's secret; the old one stops working at once (GO staff only).",
  })
  rotateApiCredential(@Arg('id', () => ID) id: string, @Ctx() { services }: PartnersContext) {
    return services.credentials.rotate(validId(id));
  }

  @Authorized(Access.regionStaff)
  @Mutation(() => ApiCredential, { description: 'Revokes a credential for good, with a reason (GO staff only).' })
  revokeApiCredential(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @SignedInPerson() staff: SignedIn,
    @Ctx() { services }: PartnersContext,
  ) {
    return services.credentials.revoke(staff, validId(id), reason);
  }

  /**
   * Not part of the API (@inaccessible): the region's gateway and subgraphs ask it, with the gateway key, for every
   * request carrying a council system's token, so a revoked or rotated credential's tokens stop at once.
   */
  @Directive('@inaccessible')
  @Query(() => Boolean)
  apiCredentialActive(
    @Arg('id', () => ID) id: string,
    @Arg('generation') generation: string,
    @Ctx() { caller, services }: PartnersContext,
  ) {
    if (caller.authenticated) throw forbidden("Only the region's gateway and subgraphs ask this");
    return services.credentials.isActive({ id, generation });
  }

  @Mutation(() => ApiToken, {
    description: 'A council system exchanges its client id and secret for a token valid 15 minutes. Public.',
  })
  issueApiToken(@Args() { clientId, secret }: ApiTokenArgs, @Ctx() { services }: PartnersContext) {
    return services.credentials.issueApiToken(clientId, secret);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is the caller's mistake (BAD_USER_INPUT), not a database error. */
function validId(id: string): string {
  if (!UUID.test(id)) throw badInput('id must be a credential id (a UUID)');
  return id;
}

import 'reflect-metadata';
import { Access, ANONYMOUS, Caller, Role, SignedIn } from '@laa/identity';
import { MaxLength } from 'class-validator';
import { graphql, GraphQLSchema } from 'graphql';
import { Arg, Authorized, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { SignedInPerson } from './access';
import { SubgraphContext } from './context';
import { LoaderRegistry } from './loaders';
import { createLogger } from './logger';
import { buildFederatedSchema } from './schema';

@InputType()
class NoteInput {
  @Field()
  @MaxLength(5)
  text!: string;
}

@Resolver()
class AccessProbeResolver {
  @Query(() => String)
  open(): string {
    return 'public';
  }

  @Authorized(Access.regionStaff)
  @Query(() => String)
  staffOnly(@SignedInPerson() person: SignedIn): string {
    return person.name;
  }

  @Authorized(Access.dataSteward, Access.roles(Role.MINISTER))
  @Mutation(() => String)
  note(@Arg('input') input: NoteInput): string {
    return input.text;
  }
}

const HERE = 'E12000003' as const;
const person = (role: Role, region?: typeof HERE | 'E12000007'): Caller => ({
  authenticated: true,
  id: 'p1',
  name: 'A Person',
  grants: [{ role, region }],
});

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildFederatedSchema({ resolvers: [AccessProbeResolver] });
});

async function run(source: string, caller: Caller) {
  const context: SubgraphContext<unknown> = {
    caller,
    viaGateway: true,
    region: HERE,
    loaders: new LoaderRegistry(),
    services: {},
    log: createLogger({}, 'silent'),
  };
  const result = await graphql({ schema, source, contextValue: context });
  const error = result.errors?.[0];
  return { data: result.data, code: error?.extensions['code'], message: error?.message };
}

describe("the subgraphs' authChecker", () => {
  it('leaves undeclared operations public', async () => {
    await expect(run('{ open }', ANONYMOUS)).resolves.toMatchObject({ data: { open: 'public' } });
  });

  it("refuses as the identity checks do, scoped to the subgraph's region", async () => {
    await expect(run('{ staffOnly }', ANONYMOUS)).resolves.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(run('{ staffOnly }', person(Role.RELATIONSHIP_MANAGER, 'E12000007'))).resolves.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only Government Office staff of region E12000003 may do this',
    });
    await expect(run('{ staffOnly }', person(Role.RELATIONSHIP_MANAGER, HERE))).resolves.toMatchObject({
      data: { staffOnly: 'A Person' },
    });
  });

  it('judges access before reading the arguments, and lets in any of the declared rules', async () => {
    const tooLong = 'mutation { note(input: { text: "far too long" }) }';
    await expect(run(tooLong, person(Role.REGIONAL_DIRECTOR, HERE))).resolves.toMatchObject({ code: 'FORBIDDEN' });
    await expect(run(tooLong, person(Role.MINISTER))).resolves.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(run('mutation { note(input: { text: "ok" }) }', person(Role.DATA_STEWARD))).resolves.toMatchObject({
      data: { note: 'ok' },
    });
  });
});

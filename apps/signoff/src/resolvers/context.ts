import { SubgraphContext } from '@laa/subgraph';
import { SignOffServices } from '../services/sign-off-service';

export type SignOffContext = SubgraphContext<SignOffServices>;

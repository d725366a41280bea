import { RegionCode } from '@laa/domain';
import { ServiceRuntime } from '@laa/subgraph';
import { DataSource } from 'typeorm';
import { ModerationService } from './moderation-service';
import { SignOffService } from './sign-off-service';
import { SignOffStagesService } from './sign-off-stages-service';
import { TargetRefreshService } from './target-refresh-service';
import { TargetSignOffService } from './target-sign-off-service';

export interface SignOffServices {
  signOffs: SignOffService;
  targets: TargetSignOffService;
  refresh: TargetRefreshService;
  moderation: ModerationService;
  stages: SignOffStagesService;
}

export function createSignOffServices(db: DataSource, region: RegionCode, runtime: ServiceRuntime): SignOffServices {
  const signOffs = new SignOffService(db, region, runtime.peers);
  const refresh = new TargetRefreshService(db, region, signOffs.facts, signOffs.fences);
  return {
    signOffs,
    refresh,
    targets: new TargetSignOffService(db, region, signOffs.facts, refresh, signOffs.fences),
    moderation: new ModerationService(db),
    stages: new SignOffStagesService(db, runtime.peers),
  };
}

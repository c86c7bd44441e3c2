import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JOB_HANDLER_KEY, JobContext } from '@quorum/queue';

/** A handler as the worker calls it, by the name a job carries in Redis (`@JobHandler` typed it against its job). */
export type RegisteredHandler = (payload: unknown, job: JobContext) => Promise<unknown>;

/** Every job name must have exactly one handler: a missing or doubled one is a bug found at boot, not in production. */
export function assertOneHandlerPerJob(jobNames: string[], found: { job: string; where: string }[]): void {
  const problems: string[] = [];
  for (const job of jobNames) {
    const places = found.filter((f) => f.job === job).map((f) => f.where);
    if (places.length === 0) problems.push(`no handler for job "${job}"`);
    if (places.length > 1) problems.push(`job "${job}" has ${places.length} handlers: ${places.join(', ')}`);
  }
  for (const f of found) if (!jobNames.includes(f.job)) problems.push(`${f.where} handles unknown job "${f.job}"`);
  if (problems.length > 0) throw new Error(`Worker job handlers are inconsistent:\n  - ${problems.join('\n  - ')}`);
}

@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, RegisteredHandler>();
  readonly found: { job: string; where: string }[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const job = this.reflector.get<string | undefined>(JOB_HANDLER_KEY, instance[method] as () => unknown);
        if (!job) continue;
        const where = `${prototype.constructor.name}.${method}`;
        this.found.push({ job, where });
        this.handlers.set(job, (instance[method] as RegisteredHandler).bind(instance));
      }
    }
  }

  handlerFor(job: string): RegisteredHandler | undefined {
    return this.handlers.get(job);
  }
}

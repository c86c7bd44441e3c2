import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Field, GraphQLModule, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify from 'fastify';

// One simple query, the same data, served three ways; each server runs in its own process.

@ObjectType()
class Item {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() supportCount: number;
}

const ITEMS: Item[] = Array.from({ length: 20 }, (_, i) => ({
  id: String(i + 1),
  title: `Proposal ${i + 1}`,
  supportCount: 100 - i,
}));

@Resolver(() => Item)
class ItemResolver {
  @Query(() => [Item])
  items(): Item[] {
    return ITEMS;
  }
}

type Driver = 'mercurius' | 'mercurius-jit' | 'apollo';

@Module({})
class BenchModule {
  static forDriver(driver: Driver): DynamicModule {
    const graphql =
      driver !== 'apollo'
        ? GraphQLModule.forRoot<MercuriusDriverConfig>({
            driver: MercuriusDriver,
            autoSchemaFile: true,
            graphiql: false,
            jit: driver === 'mercurius-jit' ? 1 : 0,
          })
        : GraphQLModule.forRoot<ApolloDriverConfig>({
            driver: ApolloDriver,
            autoSchemaFile: true,
            playground: false,
            csrfPrevention: false,
          });
    return { module: BenchModule, imports: [graphql], providers: [ItemResolver] };
  }
}

async function startNest(driver: Driver, port: number): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(BenchModule.forDriver(driver), new FastifyAdapter(), {
    logger: false,
  });
  await app.listen({ port, host: '127.0.0.1' });
}

async function startPlain(port: number): Promise<void> {
  const app = Fastify();
  app.post('/graphql', async () => ({ data: { items: ITEMS } }));
  await app.listen({ port, host: '127.0.0.1' });
}

const [kind, port] = [process.argv[2], Number(process.argv[3])];
void (kind === 'plain' ? startPlain(port) : startNest(kind as Driver, port)).then(() => process.send?.('ready'));

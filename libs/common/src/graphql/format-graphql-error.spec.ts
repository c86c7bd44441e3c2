import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { ValidationFailedException } from '../errors/validation-failed.exception';
import { formatGraphqlError } from './format-graphql-error';

const wrap = (originalError?: Error) => new GraphQLError('raw message', { originalError, path: ['field'] });
const pgError = (code: string, message: string) =>
  new QueryFailedError('INSERT', [], Object.assign(new Error(message), { code }));

describe('formatGraphqlError', () => {
  const logged: string[] = [];
  const logger = {
    error: (_: unknown, m: string) => logged.push(`error ${m}`),
    warn: (_: unknown, m: string) => logged.push(`warn ${m}`),
  };
  beforeEach(() => logged.splice(0));

  it('keeps a domain exception’s code and details', () => {
    const formatted = formatGraphqlError(
      wrap(ValidationFailedException.forField('input.title', 'is too short')),
      logger,
    );
    expect(formatted.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'input.title', messages: ['is too short'] }],
    });
    expect(logged).toEqual([]);
  });

  it('answers a value PostgreSQL refused as VALIDATION_FAILED, without the database’s words, and warns', () => {
    const formatted = formatGraphqlError(
      wrap(pgError('22001', 'value too long for type character varying(254)')),
      logger,
    );
    expect(formatted.extensions).toEqual({ code: 'VALIDATION_FAILED' });
    expect(formatted.message).not.toContain('varying');
    expect(logged).toEqual(['warn VALIDATION_FAILED during a GraphQL request']);
  });

  it('answers an unreachable database as SERVICE_UNAVAILABLE', () => {
    expect(formatGraphqlError(wrap(pgError('57P01', 'terminating connection')), logger).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('hides anything else behind INTERNAL_SERVER_ERROR and logs it as an error', () => {
    const formatted = formatGraphqlError(wrap(pgError('42P01', 'relation "secret_table" does not exist')), logger);
    expect(formatted).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toContain('secret_table');
    expect(logged).toEqual(['error Unexpected error in GraphQL resolver']);
  });
});

import type { FastifyInstance } from 'fastify';

/**
 * Answers to a request whose body has not all arrived say `connection: close`,
 * so that Node closes the socket once the answer is sent, as Fastify does when
 * its own parser refuses a body ("the client may send more data").
 *
 * An upload may be answered before the rest of it is read: refused at its
 * first part (a form without its token, a file the route does not take), or
 * by a guard before the handler reads anything. Kept alive, such a connection
 * either sticks (the multipart parser holds a part nobody reads, so the
 * request never ends and nothing more is read) or reads and drops whatever
 * the client goes on sending (a body nobody began, which Node empties); no
 * timeout ends either (Fastify's requestTimeout is 0), and the server's
 * shutdown waits for them (server.close() ends idle connections only).
 *
 * `complete` is the HTTP parser's: the whole body arrived, whether or not the
 * route read it. Requests injected in-process (the website's photo sent to
 * the API) have no socket and no `complete`: left alone.
 */
export function closeUnreadBodies(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply) => {
    if (request.raw.complete === false) reply.header('connection', 'close');
  });
}

import type { FastifyRequest } from 'fastify';
import { PUBLIC } from '../../../domain/access.js';
import type { ServiceContext } from '../../../services/context.js';

/** Public pages show what the public sees, whoever asks: the services are asked as the public. */
export const asPublic = (request: FastifyRequest): ServiceContext => ({ ...request.ctx, viewer: PUBLIC, actor: 'public' });

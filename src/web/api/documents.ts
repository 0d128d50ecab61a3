import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addDocument, documentContent, documentFilter, documentUpdate, documentUpload, getDocument, listDocuments, publishInput,
  setDocumentPublished, updateDocument,
} from '../../services/documents/index.js';
import { id } from '../../services/schemas.js';
import { sendDownload } from '../download.js';

const tags = ['documents'];
const params = z.object({ id });
/** Room for a 20 MB file as base64 and its text. */
const UPLOAD_LIMIT = 40 * 1024 * 1024;

export const documentsApi: FastifyPluginAsyncZod = async (app) => {
  app.get('/documents', { schema: { tags, summary: 'Documents the viewer may see (metadata)', querystring: documentFilter } }, async (req) =>
    listDocuments(req.ctx, req.query));
  app.post('/documents', { bodyLimit: UPLOAD_LIMIT, schema: { tags, summary: 'Add a document (the file as base64, up to 20 MB)', body: documentUpload } }, async (req, reply) => {
    const { contentBase64, ...fields } = req.body;
    return reply.code(201).send(await addDocument(req.ctx, { ...fields, content: Buffer.from(contentBase64, 'base64') }));
  });
  app.get('/documents/:id', { schema: { tags, summary: 'A document\'s metadata', params } }, async (req) =>
    getDocument(req.ctx, req.params.id));
  app.patch('/documents/:id', { schema: { tags, summary: 'Edit a document\'s title, classification or text', params, body: documentUpdate } }, async (req) =>
    updateDocument(req.ctx, req.params.id, req.body));
  app.post('/documents/:id/publish', { schema: { tags, summary: 'Publish or unpublish (never an OFFICIAL-SENSITIVE or exempt paper)', params, body: publishInput } }, async (req) =>
    setDocumentPublished(req.ctx, req.params.id, req.body));
  app.get('/documents/:id/content', { schema: { tags, summary: 'Download the file', params } }, async (req, reply) => {
    const file = await documentContent(req.ctx, req.params.id);
    return sendDownload(reply, file);
  });
};

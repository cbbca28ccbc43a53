import { PUBLIC, answers, tagged } from './operation.ts';

export const HEALTH_OPERATIONS = tagged('Meta', [
  {
    method: 'get',
    path: '/api/health',
    access: PUBLIC,
    summary: 'Liveness',
    responses: answers(200, 'The server is up', 'Health'),
  },
]);

export const DOCS_OPERATIONS = tagged('Meta', [
  {
    method: 'get',
    path: '/api/openapi.json',
    access: PUBLIC,
    summary: 'This document',
    responses: answers(200, 'OpenAPI 3.1'),
  },
  {
    method: 'get',
    path: '/api/docs',
    access: PUBLIC,
    summary: 'Browsable API docs (works offline)',
    responses: answers(200, 'An HTML page'),
  },
]);

import { expect, it } from 'vitest';
import { describeEachDatabase } from './harness.js';

describeEachDatabase('the API description', (h) => {
  it('lists every route with its body, parameters and error answers', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = Object.keys(doc.paths);
    for (const path of ['/api/auth/signup', '/api/groups/{groupId}/agreements', '/api/sessions/{sessionId}/token', '/api/invites/{token}/accept']) {
      expect(paths).toContain(path);
    }
    const token = doc.paths['/api/sessions/{sessionId}/token'].post;
    expect(Object.keys(token.responses)).toEqual(expect.arrayContaining(['200', '403', '409']));
    expect(token.responses['403'].content['application/json'].schema.properties.code.enum).toContain('AGREEMENT_REQUIRED');
    const signup = doc.paths['/api/auth/signup'].post;
    expect(signup.requestBody.content['application/json'].schema.required).toEqual(['email', 'password', 'displayName']);
  });

  it('serves a readable docs page', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});

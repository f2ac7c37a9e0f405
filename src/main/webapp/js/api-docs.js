// The API page: the server's OpenAPI description of /api, shown by Swagger UI (a WebJar, loaded by the page).
import { startStaffPage } from './chrome.js';
import { csrfToken } from './http.js';
import { showProblem } from './notices.js';

startStaffPage()
  .then(session => {
    if (!session) return;
    window.SwaggerUIBundle({
      url: '/openapi?format=JSON',
      dom_id: '#swagger-ui',
      deepLinking: true,
      // the page's own session cookie and anti-forgery token go with "Try it out"
      withCredentials: true,
      requestInterceptor: request => {
        request.headers['X-CSRF-Token'] = csrfToken();
        return request;
      }
    });
  })
  .catch(error => showProblem(document.getElementById('messages'), error));

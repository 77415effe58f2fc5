// Bootstraps GraphiQL (UMD globals React, ReactDOM and GraphiQL from /ide/vendor/) against POST /graphql.
(function () {
  'use strict';

  var defaultQuery = [
    '{',
    '  customers(first: 5) {',
    '    totalCount',
    '    nodes {',
    '      name',
    '      level',
    '      contacts {',
    '        name',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  var defaultHeaders = '{"Authorization": "Bearer <paste the output of the dev-token command>"}';

  // Turns non-JSON answers (e.g. an empty 401 from the JWT handler) into a GraphQL-shaped error,
  // so GraphiQL shows "HTTP 401 Unauthorized" instead of a JSON parse error.
  function fetchWithReadableErrors(input, init) {
    return window.fetch(input, init).then(function (response) {
      var contentType = response.headers.get('content-type') || '';
      if (contentType.indexOf('json') !== -1) {
        return response;
      }
      return response.text().then(function (text) {
        var message = 'HTTP ' + response.status + (response.statusText ? ' ' + response.statusText : '');
        if (response.status === 401) {
          message += ' - put a valid token into the Headers tab: {"Authorization": "Bearer <token>"}';
        }
        if (text) {
          message += ': ' + text.slice(0, 500);
        }
        return new Response(JSON.stringify({ errors: [{ message: message }] }), {
          status: response.status,
          headers: { 'content-type': 'application/json' }
        });
      });
    });
  }

  var fetcher = GraphiQL.createFetcher({
    url: '/graphql',
    // Plain JSON POSTs (no multipart/incremental delivery). The headers typed into GraphiQL's
    // headers editor are merged over these for every request, including schema introspection.
    enableIncrementalDelivery: false,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json'
    },
    fetch: fetchWithReadableErrors
  });

  var container = document.getElementById('graphiql');
  container.textContent = '';
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultHeaders: defaultHeaders,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: 'headers'
    })
  );
})();

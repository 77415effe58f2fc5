// Bootstraps GraphiQL (UMD globals React, ReactDOM and GraphiQL from /ide/vendor/) against POST /graphql; subscriptions over SSE.
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

  // Subscriptions run over server-sent events (the host's GraphQL over SSE): each `event: next` is one result in GraphiQL's panel.
  function isSubscription(params, opts) {
    var doc = opts && opts.documentAST;
    if (doc && doc.definitions) {
      var ops = doc.definitions.filter(function (d) { return d.kind === 'OperationDefinition'; });
      var op = params.operationName
        ? ops.filter(function (d) { return d.name && d.name.value === params.operationName; })[0]
        : ops.length === 1 ? ops[0] : null;
      return !!op && op.operation === 'subscription';
    }
    return /^\s*subscription\b/.test(params.query || '');
  }

  function subscribe(params, opts) {
    var controller = new AbortController();
    var queue = [];
    var waiting = null;
    var done = false;
    function push(item) {
      if (waiting) { var w = waiting; waiting = null; w(item); } else { queue.push(item); }
    }
    var headers = Object.assign({ 'content-type': 'application/json', accept: 'text/event-stream' }, (opts && opts.headers) || {});
    window.fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(params), signal: controller.signal })
      .then(function (response) {
        if ((response.headers.get('content-type') || '').indexOf('text/event-stream') === -1) {
          return response.text().then(function (text) {
            var body;
            try { body = JSON.parse(text); } catch (e) { body = { errors: [{ message: 'HTTP ' + response.status + ': ' + text.slice(0, 500) }] }; }
            push({ value: body, done: false });
            push({ value: undefined, done: true });
          });
        }
        var reader = response.body.getReader();
        var decoder = new TextDecoder();
        var buffer = '';
        function read() {
          return reader.read().then(function (chunk) {
            if (chunk.done) { push({ value: undefined, done: true }); return; }
            buffer += decoder.decode(chunk.value, { stream: true });
            var end;
            while ((end = buffer.indexOf('\n\n')) !== -1) {
              var block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              var event = null;
              var data = '';
              block.split('\n').forEach(function (line) {
                if (line.indexOf('event:') === 0) { event = line.slice(6).trim(); }
                else if (line.indexOf('data:') === 0) { data += line.slice(5).trim(); }
              });
              if (event === 'next') { push({ value: JSON.parse(data), done: false }); }
              else if (event === 'complete') { push({ value: undefined, done: true }); }
            }
            return read();
          });
        }
        return read();
      })
      .catch(function (error) {
        if (!done) {
          push({ value: { errors: [{ message: String(error) }] }, done: false });
          push({ value: undefined, done: true });
        }
      });
    var iterator = {
      next: function () {
        if (queue.length) { return Promise.resolve(queue.shift()); }
        if (done) { return Promise.resolve({ value: undefined, done: true }); }
        return new Promise(function (resolve) { waiting = resolve; });
      },
      return: function () {
        done = true;
        controller.abort();
        return Promise.resolve({ value: undefined, done: true });
      }
    };
    iterator[Symbol.asyncIterator] = function () { return iterator; };
    return iterator;
  }

  function fetcherWithSubscriptions(params, opts) {
    return isSubscription(params, opts) ? subscribe(params, opts) : fetcher(params, opts);
  }

  var container = document.getElementById('graphiql');
  container.textContent = '';
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: fetcherWithSubscriptions,
      defaultQuery: defaultQuery,
      defaultHeaders: defaultHeaders,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: 'headers'
    })
  );
})();

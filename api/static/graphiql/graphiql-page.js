// Starts GraphiQL (with the explorer plugin) on /graphql: the page's own script, kept out of the
// HTML so that its Content-Security-Policy allows scripts from this server only. After Strawberry's
// GraphiQL page (MIT), without the CDN and the Django CSRF cookie.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  var url = location.origin + location.pathname;
  var ws = new URL(url);
  ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:';
  var params = new URLSearchParams(location.search);

  // The query and variables live in the address, so that a link shares them.
  function remember(key, value) {
    if (value) params.set(key, value);
    else params.delete(key);
    var search = params.toString();
    history.replaceState(null, '', search ? '?' + search : location.pathname);
  }

  var fetcher = GraphiQL.createFetcher({ url: url, subscriptionUrl: ws.toString() });
  var explorer = GraphiQLPluginExplorer.explorerPlugin();

  function Page() {
    return React.createElement(GraphiQL, {
      fetcher: fetcher,
      plugins: [explorer],
      defaultQuery: root.getAttribute('data-default-query') || '',
      query: params.get('query') || undefined,
      variables: params.get('variables') || undefined,
      onEditQuery: function (value) {
        remember('query', value);
      },
      onEditVariables: function (value) {
        remember('variables', value);
      },
      defaultEditorToolsVisibility: true,
      inputValueDeprecation: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
    });
  }

  ReactDOM.createRoot(root).render(React.createElement(Page));
})();

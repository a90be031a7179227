// With `spinecode serve --api-keys`, the API under /v1/ wants a key: the page asks for it once,
// keeps it in sessionStorage (gone when the tab closes) and sends it as a bearer token. Without
// keys the server never answers 401 and nothing here shows.
'use strict';

(function () {
  const plain = window.fetch.bind(window);
  const STORED = 'spinecode-api-key';

  function send(resource, options, key) {
    const init = Object.assign({}, options);
    init.headers = Object.assign({}, options && options.headers);
    if (key) init.headers.Authorization = 'Bearer ' + key;
    return plain(resource, init);
  }

  window.fetch = async function (resource, options) {
    const url = typeof resource === 'string' ? resource : resource.url;
    if (!url.startsWith('/v1/')) return plain(resource, options);
    const sent = sessionStorage.getItem(STORED);
    const response = await send(resource, options, sent);
    if (response.status !== 401) return response;
    // Another request may have asked already; otherwise ask now.
    let key = sessionStorage.getItem(STORED);
    if (!key || key === sent) {
      key = (window.prompt('This SpineCode server needs an API key:') || '').trim();
      if (!key) return response;
      sessionStorage.setItem(STORED, key);
    }
    return send(resource, options, key);
  };
})();

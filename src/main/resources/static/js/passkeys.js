// Passkeys (WebAuthn): adding one on the sign-in security page and using one in the second step of
// signing in. The server's options and the browser's answers travel as JSON with base64url bytes.
(function () {
  function decode(text) {
    var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes.buffer;
  }
  function encode(buffer) {
    return btoa(String.fromCharCode.apply(null, new Uint8Array(buffer)))
      .replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }
  function post(form, url, body) {
    var token = form.querySelector('input[name=_csrf]');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token) { headers['X-CSRF-TOKEN'] = token.value; }
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      });
  }
  function descriptors(list) {
    return (list || []).map(function (c) { return Object.assign({}, c, { id: decode(c.id) }); });
  }
  function showError(element) {
    element.hidden = false;
    element.setAttribute('tabindex', '-1');
    element.focus();
  }

  function register(form) {
    var label = form.querySelector('#passkeyLabel');
    var labelError = form.querySelector('#passkeyLabel-error');
    var error = form.querySelector('[data-passkey-error]');
    if (!label.value.trim()) {
      labelError.hidden = false;
      label.setAttribute('aria-invalid', 'true');
      label.setAttribute('aria-describedby', 'passkeyLabel-help passkeyLabel-error');
      label.focus();
      return;
    }
    labelError.hidden = true;
    label.removeAttribute('aria-invalid');
    post(form, form.dataset.optionsUrl).then(function (options) {
      options.challenge = decode(options.challenge);
      options.user = Object.assign({}, options.user, { id: decode(options.user.id) });
      options.excludeCredentials = descriptors(options.excludeCredentials);
      return navigator.credentials.create({ publicKey: options });
    }).then(function (created) {
      var response = created.response;
      return post(form, form.dataset.registerUrl, {
        label: label.value.trim(),
        credential: {
          id: created.id,
          rawId: encode(created.rawId),
          response: {
            attestationObject: encode(response.attestationObject),
            clientDataJSON: encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          type: created.type,
          clientExtensionResults: created.getClientExtensionResults(),
          authenticatorAttachment: created.authenticatorAttachment
        }
      });
    }).then(function (answer) {
      window.location.assign(answer.redirect);
    }).catch(function () { showError(error); });
  }

  function signIn(box, form) {
    var error = box.querySelector('[data-passkey-error]');
    post(form, box.dataset.optionsUrl).then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = descriptors(options.allowCredentials);
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(form, box.dataset.verifyUrl, {
        id: credential.id,
        rawId: encode(credential.rawId),
        response: {
          authenticatorData: encode(response.authenticatorData),
          clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature),
          userHandle: response.userHandle ? encode(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (answer) {
      window.location.assign(answer.redirect);
    }).catch(function () { showError(error); });
  }

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.matches('[data-passkey-register]')) {
      e.preventDefault();
      register(form);
    } else if (form.matches('[data-passkey-form]')) {
      e.preventDefault();
      signIn(form.closest('[data-passkey-sign-in]'), form);
    }
  });
})();

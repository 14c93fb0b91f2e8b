// A small cmi5 AU for the tests, as cmi5 section 7 asks of one: it reads the launch parameters
// (section 8.1), fetches its auth-token once (8.2), reads LMS.LaunchData (10), sends Initialized,
// and then the statements the learner's buttons ask for, each with the context template.
(function () {
  'use strict';
  var query = new URLSearchParams(location.search);
  var endpoint = query.get('endpoint');
  var actor = JSON.parse(query.get('actor'));
  var registration = query.get('registration');
  var activityId = query.get('activityId');
  var started = Date.now();
  var auth, template, masteryScore;
  var CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  var MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

  function show(id, text) { document.getElementById(id).textContent = text; }

  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function xapi(method, path, body) {
    return fetch(endpoint + path, {
      method: method,
      headers: {'Authorization': 'Basic ' + auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.status === 204 ? null : response.json();
    });
  }

  function duration() {
    return 'PT' + ((Date.now() - started) / 1000).toFixed(2) + 'S';
  }

  function send(verb, result, judges) {
    var context = JSON.parse(JSON.stringify(template));
    context.registration = registration;
    context.contextActivities = context.contextActivities || {};
    context.contextActivities.category = judges ? [{id: CMI5}, {id: MOVE_ON}] : [{id: CMI5}];
    var statement = {id: uuid(), actor: actor, verb: {id: 'http://adlnet.gov/expapi/verbs/' + verb},
      object: {objectType: 'Activity', id: activityId}, context: context, timestamp: new Date().toISOString()};
    if (result) { statement.result = result; }
    return xapi('POST', 'statements', statement)
      .then(function () { show('state', verb); })
      .catch(function (e) { show('state', verb + ' refused: ' + e.message); });
  }

  function on(id, action) { document.getElementById(id).addEventListener('click', action); }
  on('complete', function () { send('completed', {completion: true, duration: duration()}, true); });
  on('pass', function () {
    send('passed', {success: true, score: {scaled: Math.max(masteryScore || 0, 0.9)}, duration: duration()}, true);
  });
  on('finish', function () { send('terminated', {duration: duration()}, false); });

  fetch(query.get('fetch'), {method: 'POST'})
    .then(function (response) { return response.json(); })
    .then(function (answer) {
      if (!answer['auth-token']) { throw new Error('fetch: ' + answer['error-text']); }
      auth = answer['auth-token'];
      return xapi('GET', 'activities/state?' + new URLSearchParams({stateId: 'LMS.LaunchData', activityId: activityId,
        agent: JSON.stringify(actor), registration: registration}));
    })
    .then(function (data) {
      template = data.contextTemplate;
      masteryScore = data.masteryScore;
      show('mode', data.launchMode);
      return send('initialized');
    })
    .catch(function (e) { show('state', 'failed: ' + e.message); });
})();

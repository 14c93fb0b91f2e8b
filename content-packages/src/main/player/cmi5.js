// The AU side of cmi5 for the built-in modules: the launch parameters (cmi5 section 8.1), the
// one-time auth-token (8.2), LMS.LaunchData (10), learner preferences (11), the module's own
// State document, and statements sent one after the other, each with the context template.
// Without launch parameters (a file opened on its own) there is no LMS, and nothing is sent.
var AwarehouseCmi5 = (function () {
  'use strict';
  var ADL = 'http://adlnet.gov/expapi/verbs/';
  var CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  var MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
  var PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
  var INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
  var VERSION = '1.0.3';

  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function Session(query, auth, launchData) {
    this.endpoint = query.get('endpoint').replace(/\/?$/, '/');
    this.actor = JSON.parse(query.get('actor'));
    this.registration = query.get('registration');
    this.activityId = query.get('activityId');
    this.auth = auth;
    this.launchMode = launchData.launchMode || 'Normal';
    this.masteryScore = typeof launchData.masteryScore === 'number' ? launchData.masteryScore : null;
    this.returnURL = launchData.returnURL || null;
    this.template = launchData.contextTemplate || {};
    this.started = Date.now();
    this.language = null;
    this.queue = Promise.resolve();
    this.terminated = false;
  }

  Session.prototype.request = function (method, path, body, options) {
    return fetch(this.endpoint + path, Object.assign({
      method: method,
      headers: {
        'Authorization': 'Basic ' + this.auth, 'X-Experience-API-Version': VERSION,
        'Content-Type': 'application/json'
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    }, options || {}));
  };

  Session.prototype.document = function (path, params) {
    return this.request('GET', path + '?' + new URLSearchParams(params)).then(function (response) {
      if (response.status === 404) { return null; }
      if (!response.ok) { throw new Error('HTTP ' + response.status + ' reading ' + path); }
      return response.json();
    });
  };

  /** The learner's language preference (cmi5 section 11), such as "nl-NL,en-US", or null. */
  Session.prototype.languagePreference = function () {
    return this.document('agents/profile', {agent: JSON.stringify(this.actor), profileId: 'cmi5LearnerPreferences'})
      .then(function (prefs) { return prefs && prefs.languagePreference ? prefs.languagePreference : null; })
      .catch(function () { return null; });
  };

  Session.prototype.stateParams = function (stateId) {
    return {activityId: this.activityId, agent: JSON.stringify(this.actor), registration: this.registration,
      stateId: stateId};
  };

  Session.prototype.readState = function (stateId) {
    return this.document('activities/state', this.stateParams(stateId)).catch(function () { return null; });
  };

  Session.prototype.saveState = function (stateId, value) {
    var self = this;
    var saved = this.queue.then(function () {
      return self.request('PUT', 'activities/state?' + new URLSearchParams(self.stateParams(stateId)), value);
    }).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status + ' saving ' + stateId); }
    });
    this.queue = saved.catch(function () {});
    return saved;
  };

  Session.prototype.duration = function () {
    return 'PT' + ((Date.now() - this.started) / 1000).toFixed(2) + 'S';
  };

  Session.prototype.context = function (categories, parent) {
    var context = JSON.parse(JSON.stringify(this.template));
    context.registration = this.registration;
    context.contextActivities = context.contextActivities || {};
    if (categories.length) {
      context.contextActivities.category = categories.map(function (id) { return {id: id}; });
    }
    if (parent) {
      context.contextActivities.parent = [{id: this.activityId}];
    }
    if (this.language) { context.language = this.language; }
    return context;
  };

  Session.prototype.statement = function (verb, object, result, categories, parent) {
    var statement = {
      id: uuid(), actor: this.actor, verb: {id: verb}, object: object,
      context: this.context(categories, parent), timestamp: new Date().toISOString()
    };
    if (result) { statement.result = result; }
    return statement;
  };

  /** Sends statements in order; a statement the LRS refuses rejects its promise and the ones after it go on. */
  Session.prototype.send = function (statement, options) {
    var self = this;
    var sent = this.queue.then(function () { return self.post(statement, options, 0); });
    this.queue = sent.catch(function () {});
    return sent;
  };

  Session.prototype.post = function (statement, options, tries) {
    var self = this;
    return this.request('POST', 'statements', statement, options).then(function (response) {
      if (response.ok) { return statement; }
      if (response.status >= 500 && tries < 3) {
        return new Promise(function (resolve) { setTimeout(resolve, 500 * (tries + 1)); })
          .then(function () { return self.post(statement, options, tries + 1); });
      }
      return response.text().then(function (text) { throw new Error('HTTP ' + response.status + ': ' + text); });
    }, function (error) {
      if (tries < 3) {
        return new Promise(function (resolve) { setTimeout(resolve, 500 * (tries + 1)); })
          .then(function () { return self.post(statement, options, tries + 1); });
      }
      throw error;
    });
  };

  Session.prototype.au = function () {
    return {objectType: 'Activity', id: this.activityId};
  };

  Session.prototype.initialized = function () {
    return this.send(this.statement(ADL + 'initialized', this.au(), null, [CMI5_CATEGORY]));
  };

  /** A "cmi5 allowed" statement with the share of the module seen, 0 to 100. */
  Session.prototype.progressed = function (percent) {
    var result = {extensions: {}};
    result.extensions[PROGRESS] = Math.max(0, Math.min(100, Math.round(percent)));
    return this.send(this.statement('http://adlnet.gov/expapi/verbs/progressed', this.au(), result, [], false));
  };

  /**
   * One answered choice interaction, a "cmi5 allowed" statement about an activity of its own under
   * the AU. {@code interaction}: id (under the AU), name and description (language maps), choices
   * [{id, description}], correct (the right choice's id), response, success, seconds.
   */
  Session.prototype.answered = function (interaction) {
    var object = {
      objectType: 'Activity', id: this.activityId + '/' + interaction.id,
      definition: {
        type: INTERACTION, name: interaction.name, description: interaction.description,
        interactionType: 'choice', correctResponsesPattern: [interaction.correct], choices: interaction.choices
      }
    };
    var result = {response: interaction.response, success: interaction.success,
      duration: 'PT' + interaction.seconds.toFixed(2) + 'S'};
    return this.send(this.statement(ADL + 'answered', object, result, [], true));
  };

  Session.prototype.completed = function () {
    return this.send(this.statement(ADL + 'completed', this.au(), {completion: true, duration: this.duration()},
      [CMI5_CATEGORY, MOVE_ON_CATEGORY]));
  };

  /** Passed or failed, with the score: correct answers of a number of questions. */
  Session.prototype.judged = function (correct, questions) {
    var scaled = questions === 0 ? 0 : Math.round(correct / questions * 10000) / 10000;
    var passed = this.masteryScore === null ? scaled >= 0.8 : scaled >= this.masteryScore;
    var result = {success: passed, duration: this.duration(),
      score: {scaled: scaled, raw: correct, min: 0, max: questions}};
    return this.send(this.statement(ADL + (passed ? 'passed' : 'failed'), this.au(), result,
      [CMI5_CATEGORY, MOVE_ON_CATEGORY])).then(function () { return passed; });
  };

  Session.prototype.terminate = function (unloading) {
    if (this.terminated) { return this.queue; }
    this.terminated = true;
    return this.send(this.statement(ADL + 'terminated', this.au(), {duration: this.duration()}, [CMI5_CATEGORY]),
      unloading ? {keepalive: true} : undefined);
  };

  /** The launch: a Session, or null when the page was opened without an LMS. */
  function launch() {
    var query = new URLSearchParams(location.search);
    if (!query.get('endpoint') || !query.get('fetch')) { return Promise.resolve(null); }
    var auth;
    return fetch(query.get('fetch'), {method: 'POST'})
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (!answer['auth-token']) { throw new Error(answer['error-text'] || 'The launch could not be authorised'); }
        auth = answer['auth-token'];
        var probe = new Session(query, auth, {});
        return probe.document('activities/state', probe.stateParams('LMS.LaunchData'));
      })
      .then(function (launchData) {
        if (!launchData) { throw new Error('LMS.LaunchData is missing'); }
        return new Session(query, auth, launchData);
      });
  }

  return {launch: launch};
})();

// The test SCO: finds the SCORM API the way content does (walking up the frames), and offers
// buttons a browser test clicks. It speaks SCORM 1.2 or 2004, whichever API it finds.
(function () {
  'use strict';
  function find(name) {
    for (var w = window, depth = 0; w && depth < 10; w = w.parent, depth++) {
      try {
        if (w[name]) { return w[name]; }
      } catch (e) { /* another origin on the way up: keep looking */ }
      if (w === w.parent) { break; }
    }
    return null;
  }
  var api2004 = find('API_1484_11');
  var api12 = api2004 ? null : find('API');
  var v12 = !!api12;
  var api = api2004 || api12;
  var E = v12 ? {
    init: function () { return api.LMSInitialize(''); },
    get: function (k) { return api.LMSGetValue(k); },
    set: function (k, v) { return api.LMSSetValue(k, v); },
    commit: function () { return api.LMSCommit(''); },
    finish: function () { return api.LMSFinish(''); },
    location: 'cmi.core.lesson_location', entry: 'cmi.core.entry', exit: 'cmi.core.exit',
    session: 'cmi.core.session_time', sessionValue: '00:01:30', response: 'student_response'
  } : {
    init: function () { return api.Initialize(''); },
    get: function (k) { return api.GetValue(k); },
    set: function (k, v) { return api.SetValue(k, v); },
    commit: function () { return api.Commit(''); },
    finish: function () { return api.Terminate(''); },
    location: 'cmi.location', entry: 'cmi.entry', exit: 'cmi.exit',
    session: 'cmi.session_time', sessionValue: 'PT1M30S', response: 'learner_response'
  };
  function show(id, text) { document.getElementById(id).textContent = text; }
  function on(id, handler) { document.getElementById(id).addEventListener('click', handler); }

  document.addEventListener('DOMContentLoaded', function () {
    if (!api) { show('state', 'no API'); return; }
    show('state', E.init() === 'true' ? 'initialized' : 'failed');
    show('entry', E.get(E.entry));
    show('location', E.get(E.location));
    show('suspend-data', E.get('cmi.suspend_data'));
    on('progress', function () {
      E.set(E.location, 'page-2');
      E.set('cmi.suspend_data', 'seen=1,2');
      if (v12) {
        E.set('cmi.core.lesson_status', 'incomplete');
      } else {
        E.set('cmi.completion_status', 'incomplete');
        E.set('cmi.progress_measure', '0.5');
      }
      E.commit();
      show('state', 'progressed');
    });
    on('answer', function () {
      var n = E.get('cmi.interactions._count');
      E.set('cmi.interactions.' + n + '.id', 'q-callback');
      E.set('cmi.interactions.' + n + '.type', 'choice');
      E.set('cmi.interactions.' + n + '.' + E.response, v12 ? 'b' : 'call-back');
      E.set('cmi.interactions.' + n + '.result', 'correct');
      E.commit();
      show('state', 'answered');
    });
    on('pass', function () {
      if (v12) {
        E.set('cmi.core.score.raw', '90');
        E.set('cmi.core.lesson_status', 'passed');
      } else {
        E.set('cmi.score.raw', '90');
        E.set('cmi.score.max', '100');
        E.set('cmi.score.scaled', '0.9');
        E.set('cmi.progress_measure', '1');
        E.set('cmi.completion_status', 'completed');
        E.set('cmi.success_status', 'passed');
      }
      E.commit();
      show('state', 'passed');
    });
    function end(exit) {
      E.set(E.exit, exit);
      E.set(E.session, E.sessionValue);
      show('state', E.finish() === 'true' ? 'terminated' : 'terminate failed');
    }
    on('suspend', function () { end('suspend'); });
    on('finish', function () { end(v12 ? '' : 'normal'); });
    on('continue', function () { E.set('adl.nav.request', 'continue'); end('normal'); });
  });
})();

// The shared player of the built-in modules: reads the module's script.json and plays its screens
// in English or Dutch (the launch's language, or the learner's switch), keyboard first and
// screen-reader friendly. Every decision becomes an answered statement; the knowledge check ends
// in completed and passed or failed; the module's place is kept in a State document, so a new
// launch resumes where the learner left off.
(function () {
  'use strict';
  var STATE_ID = 'https://awarehouse.org/xapi/state/module-progress';
  var LANGUAGES = ['en', 'nl'];
  var WORDS = {
    en: {
      step: 'Step {0} of {1}', other: 'Nederlands', otherName: 'Lees in het Nederlands',
      next: 'Continue', back: 'Back', answer: 'Check my answer', choose: 'Choose an answer first.',
      question: 'Question {0} of {1}', correct: 'Correct.', incorrect: 'Not quite.', nextQuestion: 'Next question',
      results: 'See my result', score: 'You answered {0} of {1} questions correctly.',
      passed: 'You passed the check. Well done.', failed: 'The pass mark is {0} of {1}. Have another look at the explanations and try again whenever you like.',
      retry: 'Try the check again', later: 'Finish for now',
      finish: 'Finish', finished: 'You have finished this module. Your result is saved; you can close this window.',
      untracked: 'Opened without a learning platform: your answers are not saved.',
      from: 'From', subject: 'Subject', link: 'Link or button in the message:', failedSave: 'Your progress could not be saved just now; it will be tried again.',
      broken: 'This module could not start.',
      channels: {email: 'Email', sms: 'Text message', chat: 'Chat message', phone: 'Phone call', letter: 'Letter', web: 'Web page'}
    },
    nl: {
      step: 'Stap {0} van {1}', other: 'English', otherName: 'Read in English',
      next: 'Verder', back: 'Terug', answer: 'Controleer mijn antwoord', choose: 'Kies eerst een antwoord.',
      question: 'Vraag {0} van {1}', correct: 'Goed.', incorrect: 'Niet helemaal.', nextQuestion: 'Volgende vraag',
      results: 'Bekijk mijn resultaat', score: 'Je hebt {0} van de {1} vragen goed beantwoord.',
      passed: 'Je hebt de check gehaald. Goed gedaan.', failed: 'Om te slagen heb je er {0} van de {1} nodig. Lees de uitleg nog eens en probeer het opnieuw wanneer het je uitkomt.',
      retry: 'Doe de check opnieuw', later: 'Nu afronden',
      finish: 'Afronden', finished: 'Je hebt deze module afgerond. Je resultaat is opgeslagen; je kunt dit venster sluiten.',
      untracked: 'Geopend zonder leeromgeving: je antwoorden worden niet opgeslagen.',
      from: 'Van', subject: 'Onderwerp', link: 'Link of knop in het bericht:', failedSave: 'Je voortgang kon nu niet worden opgeslagen; dat wordt opnieuw geprobeerd.',
      broken: 'Deze module kon niet starten.',
      channels: {email: 'E-mail', sms: 'Sms', chat: 'Chatbericht', phone: 'Telefoongesprek', letter: 'Brief', web: 'Webpagina'}
    }
  };

  var script, session, language = 'en';
  var progress = {screen: 0, completed: false, passed: false, language: null};
  var check = null; // the knowledge check under way: {question, correct, answered}
  var screenShown = Date.now();

  function $(id) { return document.getElementById(id); }
  function t(map) { return map ? (map[language] || map.en || '') : ''; }
  function word(key) { return WORDS[language][key]; }
  function format(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (_, i) { return String(args[i]); });
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') { node.textContent = attributes[name]; } else { node.setAttribute(name, attributes[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function button(label, id, action, kind) {
    var b = el('button', {type: 'button', id: id, class: kind || 'primary', text: label});
    b.addEventListener('click', action);
    return b;
  }

  function notify(text) { $('notice').textContent = text; }

  function chooseLanguage(preference) {
    var wanted = (preference || navigator.language || 'en').toLowerCase().split(',');
    for (var i = 0; i < wanted.length; i++) {
      var primary = wanted[i].trim().slice(0, 2);
      if (LANGUAGES.indexOf(primary) >= 0) { return primary; }
    }
    return 'en';
  }

  function save() {
    if (session) {
      progress.language = language;
      var screen = progress.screen;
      session.saveState(STATE_ID, progress).then(function () { $('screen').setAttribute('data-saved', screen); }, problem);
    }
  }

  function setLanguage(next) {
    language = next;
    session && (session.language = language);
    document.documentElement.lang = language;
    document.title = t(script.title);
    $('module-title').textContent = t(script.title);
    // inside the player the title is already on the page around the module
    $('module-title').hidden = window.top !== window.self;
    var toggle = $('language');
    var other = language === 'en' ? 'nl' : 'en';
    toggle.hidden = false;
    toggle.textContent = word('other');
    toggle.setAttribute('lang', other);
    toggle.setAttribute('aria-label', word('otherName'));
  }

  // --- the screens ---

  function render(index, keepCheck) {
    var screens = script.screens;
    progress.screen = Math.max(0, Math.min(index, screens.length - 1));
    if (!keepCheck) { check = null; }
    var screen = screens[progress.screen];
    $('step').textContent = format(word('step'), progress.screen + 1, screens.length);
    var main = $('screen');
    main.textContent = '';
    main.setAttribute('data-screen', screen.id);
    main.setAttribute('data-kind', screen.kind);
    var heading = el('h1', {id: 'heading', tabindex: '-1', text: t(screen.heading)});
    main.appendChild(heading);
    if (screen.image) {
      main.appendChild(el('img', {src: screen.image.src, alt: t(screen.image.alt), class: 'illustration'}));
    }
    (screen.paragraphs || []).forEach(function (p) { main.appendChild(el('p', {text: t(p)})); });
    if (screen.points) {
      main.appendChild(el('ul', {class: 'points'}, screen.points.map(function (p) { return el('li', {text: t(p)}); })));
    }
    if (screen.kind === 'scenario') {
      scenario(main, screen);
    } else if (screen.kind === 'check') {
      knowledgeCheck(main, screen);
    } else if (screen.kind === 'close') {
      main.appendChild(el('div', {class: 'actions'}, [button(word('finish'), 'next', finish)]));
    } else {
      main.appendChild(el('div', {class: 'actions'}, [backButton(), button(word('next'), 'next', advance)]));
    }
    screenShown = Date.now();
    heading.focus();
    window.scrollTo(0, 0);
  }

  function backButton() {
    return progress.screen === 0 ? null : button(word('back'), 'back', function () { render(progress.screen - 1); },
      'secondary');
  }

  function advance() {
    var next = progress.screen + 1;
    if (session) { session.progressed(next / script.screens.length * 100); }
    render(next);
    save();
  }

  function message(m) {
    var channel = WORDS[language].channels[m.channel] || m.channel;
    var card = el('figure', {class: 'message message-' + m.channel, 'aria-label': channel});
    var head = el('figcaption', {class: 'message-head'}, [el('span', {class: 'channel', text: channel})]);
    if (m.from) { head.appendChild(el('span', {text: word('from') + ': ' + t(m.from)})); }
    if (m.subject) { head.appendChild(el('span', {text: word('subject') + ': ' + t(m.subject)})); }
    card.appendChild(head);
    var body = el('div', {class: 'message-body'});
    (m.body || []).forEach(function (line) {
      var text = t(line);
      if (text.indexOf('> ') === 0) {
        body.appendChild(el('p', {}, [el('span', {class: 'visually-hidden', text: word('link') + ' '}),
          el('span', {class: 'fake-link', text: text.slice(2)})]));
      } else {
        body.appendChild(el('p', {text: text}));
      }
    });
    card.appendChild(body);
    return card;
  }

  /** Radio choices in a fieldset, a button that answers, and feedback read out where it appears. */
  function choiceGroup(name, legend, choices, onAnswer) {
    var fieldset = el('fieldset', {class: 'choices'}, [el('legend', {text: legend})]);
    choices.forEach(function (choice, i) {
      var id = name + '-' + choice.id;
      var input = el('input', {type: 'radio', name: name, id: id, value: choice.id, 'data-choice': choice.id});
      fieldset.appendChild(el('div', {class: 'choice'}, [input, el('label', {for: id, text: t(choice.text)})]));
      if (i === 0) { input.setAttribute('aria-describedby', name + '-hint'); }
    });
    fieldset.appendChild(el('p', {id: name + '-hint', class: 'hint', 'aria-live': 'polite'}));
    var feedback = el('div', {id: 'feedback', class: 'feedback', tabindex: '-1', role: 'status'});
    var actions = el('div', {class: 'actions'});
    var answer = button(word('answer'), 'answer', function () {
      var picked = fieldset.querySelector('input:checked');
      if (!picked) {
        $(name + '-hint').textContent = word('choose');
        fieldset.querySelector('input').focus();
        return;
      }
      fieldset.disabled = true;
      answer.remove();
      onAnswer(picked.value, feedback, actions);
      feedback.focus();
    });
    actions.appendChild(answer);
    return [fieldset, feedback, actions];
  }

  function interactionChoices(choices) {
    return choices.map(function (c) { return {id: c.id, description: c.text}; });
  }

  function scenario(main, screen) {
    if (screen.message) { main.appendChild(message(screen.message)); }
    var best = screen.choices.filter(function (c) { return c.best; })[0];
    choiceGroup('decision', t(screen.question), screen.choices, function (picked, feedback, actions) {
      var choice = screen.choices.filter(function (c) { return c.id === picked; })[0];
      // the feedback says in its own words whether the choice was the best one
      feedback.className = 'feedback ' + (choice.best ? 'good' : 'reconsider');
      feedback.appendChild(el('p', {text: t(choice.feedback)}));
      if (session) {
        session.answered({id: 'scenario/' + screen.id, name: screen.heading, description: screen.question,
          choices: interactionChoices(screen.choices), correct: best.id, response: picked, success: !!choice.best,
          seconds: (Date.now() - screenShown) / 1000});
      }
      actions.appendChild(button(word('next'), 'next', advance));
    }).forEach(function (node) { main.appendChild(node); });
  }

  function knowledgeCheck(main, screen) {
    if (!check) { check = {question: 0, correct: 0}; }
    var total = screen.questions.length;
    if (check.question >= total) {
      return result(main, screen, total);
    }
    var question = screen.questions[check.question];
    var right = question.choices.filter(function (c) { return c.correct; })[0];
    main.appendChild(el('h2', {class: 'question-number', text: format(word('question'), check.question + 1, total)}));
    var shown = Date.now();
    choiceGroup('question-' + question.id, t(question.text), question.choices, function (picked, feedback, actions) {
      var success = picked === right.id;
      check.correct += success ? 1 : 0;
      feedback.className = 'feedback ' + (success ? 'good' : 'reconsider');
      feedback.appendChild(el('p', {class: 'verdict', text: word(success ? 'correct' : 'incorrect')}));
      feedback.appendChild(el('p', {text: t(question.explanation)}));
      if (session) {
        session.answered({id: 'check/' + question.id, name: screen.heading, description: question.text,
          choices: interactionChoices(question.choices), correct: right.id, response: picked, success: success,
          seconds: (Date.now() - shown) / 1000});
      }
      check.question++;
      var last = check.question >= total;
      actions.appendChild(button(word(last ? 'results' : 'nextQuestion'), 'next', function () {
        render(progress.screen, true);
      }));
    }).forEach(function (node) { main.appendChild(node); });
  }

  function result(main, screen, total) {
    var mastery = session && session.masteryScore !== null ? session.masteryScore : 0.8;
    var needed = Math.ceil(mastery * total - 1e-9);
    var passed = check.correct >= needed;
    main.appendChild(el('p', {id: 'score', class: 'score', text: format(word('score'), check.correct, total)}));
    main.appendChild(el('p', {text: passed ? word('passed') : format(word('failed'), needed, total)}));
    var actions = el('div', {class: 'actions'});
    main.appendChild(actions);
    if (passed) {
      judge(check.correct, total);
      actions.appendChild(button(word('next'), 'next', advance));
    } else {
      actions.appendChild(button(word('retry'), 'retry', function () { check = null; render(progress.screen); }));
      actions.appendChild(button(word('later'), 'later', function () {
        judge(check.correct, total);
        advance();
      }, 'secondary'));
    }
  }

  /**
   * Completed once the learner has seen everything, and passed or failed with the score. A session
   * judges once, and a registration that passed never fails again (cmi5 section 9.3); outside
   * Normal launch mode nothing is judged (10.0).
   */
  function judge(correct, total) {
    if (!session || session.launchMode !== 'Normal') { return; }
    if (!progress.completed) {
      progress.completed = true;
      session.completed().catch(problem);
    }
    if (!progress.passed && !session.judgedNow) {
      session.judgedNow = true;
      session.judged(correct, total).then(function (passed) {
        progress.passed = passed;
        save();
      }, problem);
    }
    save();
  }

  function finish() {
    var main = $('screen');
    main.textContent = '';
    var heading = el('h1', {id: 'heading', tabindex: '-1', text: t(script.title)});
    main.appendChild(heading);
    main.appendChild(el('p', {id: 'finished', text: word('finished')}));
    heading.focus();
    if (session) {
      progress.screen = 0;
      save();
      session.terminate(false).then(function () { main.setAttribute('data-terminated', 'true'); }, problem);
    }
  }

  function problem(error) {
    notify(word('failedSave'));
    if (window.console) { console.warn(error); }
  }

  function fail(error) {
    var main = $('screen');
    main.textContent = '';
    main.appendChild(el('h1', {text: WORDS.en.broken + ' / ' + WORDS.nl.broken}));
    main.appendChild(el('p', {id: 'error', text: String(error && error.message || error)}));
  }

  function start() {
    var loaded = fetch('script.json').then(function (r) {
      if (!r.ok) { throw new Error('script.json: HTTP ' + r.status); }
      return r.json();
    });
    Promise.all([loaded, AwarehouseCmi5.launch()]).then(function (both) {
      script = both[0];
      session = both[1];
      if (!session) {
        notify(WORDS[chooseLanguage(null)].untracked);
        return [null, null];
      }
      return Promise.all([session.languagePreference(), session.readState(STATE_ID)]);
    }).then(function (found) {
      var saved = found[1];
      if (saved && typeof saved === 'object') {
        progress.screen = saved.screen || 0;
        progress.completed = !!saved.completed;
        progress.passed = !!saved.passed;
      }
      setLanguage(saved && LANGUAGES.indexOf(saved.language) >= 0 ? saved.language : chooseLanguage(found[0]));
      $('language').addEventListener('click', function () {
        setLanguage(language === 'en' ? 'nl' : 'en');
        render(progress.screen, true);
        save();
      });
      if (session) {
        session.initialized().catch(problem);
        // a closed window ends the session the way cmi5 asks: with terminated (section 9.3.8)
        window.addEventListener('pagehide', function () { session.terminate(true); });
      }
      render(progress.screen);
    }).catch(fail);
  }

  start();
})();

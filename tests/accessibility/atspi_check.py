#!/usr/bin/python3
"""Reads the running Zuora Credential Tester window through AT-SPI, the interface Orca uses.

Started by run-atspi.sh (Xvfb, a private D-Bus session, the AT-SPI bus, the app with --demo), never
on its own desktop. Every check runs and reports; the summary at the end lists each failure with the
control it concerns and what AT-SPI read. Exit status 0 only when every check passed.

What it checks (issue 9, "Accessibility checked for real"):
- every focusable control on screen, in the main window and on every result tab's page (opened with
  the tabs' AT-SPI actions), has a name and a role that says what it is (not filler/panel/unknown);
- Tab from the profile filter round the window: each stop a screen reader announces has a name and
  a real role, and the result tabs are among the stops;
- every combo box has a label through a label relation (the History filter among them);
- the verdict banner reads the verdict as text (Accepted after the demo check, Rejected for the wrong
  password, Accepted after an OAuth check), and so does each tested profile's item in the list;
- information labels expose the text they show: resolved endpoint, elapsed time, masked token,
  token expiry countdown;
- text set through EditableText on the user name field of a saved profile marks it unsaved.

Controls are found by role, name and label relations (AT-SPI does not see Qt object names). Keys go
through AT-SPI's own key synthesis (the registry daemon's XTest), buttons are pressed through their
AT-SPI actions. Qt 6.4 facts this relies on: a combo box reports its current value as its name (its
label comes only through the label's buddy relation); with caching on, names read stale; list items
cannot be selected through AT-SPI (the keyboard does it); a disabled tab is reported as enabled.
"""

import argparse
import os
import re
import sys
import time
import warnings

warnings.filterwarnings('ignore', category=DeprecationWarning)

import gi  # noqa: E402

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib  # noqa: E402
import pyatspi  # noqa: E402

S = Atspi.StateType
KEY_TAB, KEY_HOME, KEY_DOWN = 0xff09, 0xff50, 0xff54   # X keysyms

# Roles a focusable control must not have: they say nothing about what the control does.
VAGUE_ROLES = {'unknown', 'invalid', 'filler', 'panel', 'redundant object', 'extended'}
# Items of a view are its content, not controls: their names are the data (an empty cell is empty).
ITEM_ROLES = {'list item', 'table cell', 'tree item', 'table row header', 'table column header',
              'table row', 'column header', 'row header'}
# Children of these are not walked (thousands of cells); the profile list is read on its own.
VIEW_ROLES = {'table', 'tree table', 'tree', 'list', 'list box'}
VERDICT_RE = re.compile(r'\b(Accepted|Rejected|Error|Try again|Not sent|Cancelled)\b')
DURATION_RE = re.compile(r'(?<![\w:.])\d+(?:\.\d+)?\s?(?:ms|s)\b')
MASKED_TOKEN_RE = re.compile(r'•{3,}|\*{4,}|\(\d+ characters?\)')
COUNTDOWN_RE = re.compile(r'\b\d{1,3}:\d{2}\b|\b\d+\s?(?:min|minutes?|seconds?|hours?|h)\b', re.I)

SEEDED_PROFILE = 'Accessibility sample'
SEEDED_USER = 'a11y.sample@example.com'
TYPED_USER = 'typed.through.atspi@example.com'
DEMO_ACCEPTED, DEMO_REJECTED = 'Demo tenant', 'Demo tenant: wrong password'   # the profiles --demo adds
PROFILE_NAMES = (DEMO_ACCEPTED, DEMO_REJECTED, SEEDED_PROFILE)

# What this test is for (issue 9). A check that an earlier failure kept from running is a failure too.
REQUIRED = (
    'verdict banner reads "Accepted" as text after the demo check',
    f'profile list: "{DEMO_ACCEPTED}" shows its verdict as text',
    'label: resolved endpoint is read as it is shown',
    'label: elapsed time is read as it is shown',
    'History tab\'s filter combo box (',
    f'verdict banner reads "Rejected" as text after testing "{DEMO_REJECTED}"',
    f'profile list: "{DEMO_REJECTED}" shows its verdict as text',
    'text typed through the accessibility interface marks the profile changed',
    'verdict banner reads "Accepted" as text after the OAuth check',
    'label: masked access token is read as it is shown',
    'label: token expiry countdown is read as it is shown',
    'every focusable control on screen has a name and a meaningful role',
    'Tab chain: every Tab stop announces a name and a meaningful role',
    'Tab chain: Tab reaches the result tabs',
)


class Deadline(Exception):
    pass


class AppGone(Exception):
    pass


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie has exited too
    try:
        with open(f'/proc/{pid}/stat') as f:
            return f.read().rsplit(')', 1)[1].split()[0] != 'Z'
    except OSError:
        return True


class Report:
    def __init__(self):
        self.results = []   # (check, ok, detail)

    def check(self, name, ok, detail=''):
        self.results.append((name, bool(ok), detail))
        print(('PASS  ' if ok else 'FAIL  ') + name + (f'\n        {detail}' if detail and not ok else ''),
              flush=True)
        return ok

    def account_for(self, required):
        for name in required:
            if not any(r[0].startswith(name) for r in self.results):
                self.check(name + ' [not reached]', False, 'not checked: an earlier step failed (see above)')

    def summary(self):
        failed = [r for r in self.results if not r[1]]
        print('\n==== AT-SPI accessibility summary: %d checks, %d passed, %d failed ===='
              % (len(self.results), len(self.results) - len(failed), len(failed)))
        for name, _, detail in failed:
            print(f'FAIL  {name}\n        {detail}')
        return not failed


def q(text, limit=160):
    text = '' if text is None else str(text)
    return repr(text if len(text) <= limit else text[:limit] + '…')


# --- reading one accessible -------------------------------------------------------------------

def role_of(acc):
    try:
        return acc.get_role_name() or ''
    except Exception:
        return '?'


def name_of(acc):
    try:
        return acc.get_name() or ''
    except Exception:
        return ''


def desc_of(acc):
    try:
        return acc.get_description() or ''
    except Exception:
        return ''


def text_of(acc):
    try:
        iface = acc.get_text_iface()
        if iface is None:
            return None
        return iface.get_text(0, iface.get_character_count())
    except Exception:
        return None


def states_of(acc):
    try:
        return acc.get_state_set()
    except Exception:
        return None


def has(acc, state):
    st = states_of(acc)
    return bool(st and st.contains(state))


def children(acc):
    try:
        n = acc.get_child_count()
    except Exception:
        return []
    out = []
    for i in range(n):
        try:
            c = acc.get_child_at_index(i)
        except Exception:
            c = None
        if c is not None:
            out.append(c)
    return out


def reading(acc):
    """Everything a screen reader can say for this accessible: name, description, text."""
    parts = [name_of(acc), desc_of(acc), text_of(acc) or '']
    return ' | '.join(p for p in parts if p)


def subtree_reading(acc, depth=0):
    parts = [reading(acc)]
    if depth < 4:
        for c in children(acc):
            parts.append(subtree_reading(c, depth + 1))
    return ' | '.join(p for p in parts if p)


def describe(acc):
    return f'[{role_of(acc)}] name={q(name_of(acc))} description={q(desc_of(acc))} text={q(text_of(acc))}'


def relation_targets(acc, rel_type):
    out = []
    try:
        for rel in acc.get_relation_set() or []:
            if rel.get_relation_type() == rel_type:
                out += [rel.get_target(i) for i in range(rel.get_n_targets())]
    except Exception:
        pass
    return out


def actions(acc):
    try:
        iface = acc.get_action_iface()
        if iface is None:
            return []
        return [iface.get_action_name(i) for i in range(iface.get_n_actions())]
    except Exception:
        return []


def do_action(acc, *names):
    iface = acc.get_action_iface()
    if iface is None:
        return False
    available = [iface.get_action_name(i) for i in range(iface.get_n_actions())]
    for wanted in names:
        if wanted in available:
            return iface.do_action(available.index(wanted))
    return False


def object_key(acc):
    """The same control read twice (after another tab opened) is one control."""
    try:
        return (acc.get_bus_name() if hasattr(acc, 'get_bus_name') else '', acc.path)
    except Exception:
        return (role_of(acc), name_of(acc), desc_of(acc))


def extents(acc):
    """Where it is on screen, for a control that has no name to find it by."""
    try:
        r = acc.get_component_iface().get_extents(Atspi.CoordType.WINDOW)
        return f' at x={r.x} y={r.y} ({r.width}x{r.height} px in the window)'
    except Exception:
        return ''


def contents_hint(acc):
    """For a control with no name or a vague role: what it contains, so that it can be found."""
    named = []
    for c in children(acc):
        stack = [c]
        while stack and len(named) < 3:
            a = stack.pop(0)
            if name_of(a):
                named.append(f'[{role_of(a)}] {q(name_of(a), 40)}')
                break
            stack.extend(children(a)[:4])
        if len(named) >= 3:
            break
    return f'; it contains {", ".join(named)}' if named else ''


def path_of(acc, limit=6):
    """Where a control sits: its named ancestors, innermost last."""
    parts = []
    try:
        a = acc.get_parent()
        while a is not None and len(parts) < limit and role_of(a) not in ('application', 'frame'):
            label = name_of(a)
            if label:
                parts.append(f'{role_of(a)} {q(label, 40)}')
            a = a.get_parent()
    except Exception:
        pass
    return ' > '.join(reversed(parts)) or 'window'


# --- the window ------------------------------------------------------------------------------

class Window:
    def __init__(self, pid, report, budget):
        self.pid = pid
        self.report = report
        self.end = time.monotonic() + budget
        self.app = None
        self.frame = None

    def wait(self, what, cond, timeout):
        """Polls cond until it returns something truthy; None after timeout (or the run's budget)."""
        limit = min(time.monotonic() + timeout, self.end)
        while True:
            try:
                value = cond()
            except Exception:
                value = None
            if value:
                return value
            if not pid_alive(self.pid):
                raise AppGone(f'the app (pid {self.pid}) exited while waiting for {what}')
            if time.monotonic() >= limit:
                if time.monotonic() >= self.end:
                    raise Deadline(f'the run\'s time budget ran out while waiting for {what}')
                return None
            time.sleep(0.1)

    def find_app(self, timeout):
        def look():
            desktop = pyatspi.Registry.getDesktop(0)
            for app in children(desktop):
                try:
                    if app.get_process_id() == self.pid:
                        return app
                except Exception:
                    continue
            return None
        self.app = self.wait('the app on the accessibility bus', look, timeout)
        if not self.app:
            return False
        # Nothing cached but the role, which never changes: cached names and states read stale.
        self.app.set_cache_mask(Atspi.Cache.ROLE)
        self.frame = self.wait('the main window', lambda: next(
            (c for c in children(self.app) if role_of(c) == 'frame'
             and 'Zuora Credential Tester' in name_of(c)), None), timeout)
        return self.frame is not None

    def walk(self, root=None, showing_only=True, into_views=False):
        """Depth first; skips subtrees that are not on screen, and the cells of views."""
        stack = [root or self.frame]
        states = self.walk_states = {}   # read to decide what is on screen; for the caller of this walk
        while stack:
            acc = stack.pop()
            yield acc
            role = role_of(acc)
            if role in VIEW_ROLES and not into_views:
                continue
            kids = children(acc)
            if showing_only:
                shown = []
                for k in kids:
                    st = states_of(k)
                    if st is not None and st.contains(S.SHOWING):
                        states[getattr(k, 'path', None)] = st
                        shown.append(k)
                kids = shown
            stack.extend(reversed(kids))

    def find(self, pred, root=None, showing_only=True):
        for acc in self.walk(root, showing_only):
            try:
                if pred(acc):
                    return acc
            except Exception:
                continue
        return None

    def find_all(self, pred, root=None, showing_only=True):
        out = []
        for acc in self.walk(root, showing_only):
            try:
                if pred(acc):
                    out.append(acc)
            except Exception:
                continue
        return out

    def cached(self, key, finder):
        """Finds an accessible once; again only when it is gone (defunct or no longer on screen)."""
        acc = getattr(self, key, None)
        if acc is not None and (has(acc, S.DEFUNCT) or not has(acc, S.SHOWING)):
            acc = None
        if acc is None:
            acc = finder()
            setattr(self, key, acc)
        return acc

    def banner(self):
        return self.cached('_banner', self.find_banner)

    # The verdict banner: the block named "Verdict", or else the block whose headline is a verdict word.
    def find_banner(self):
        def named(a):
            return role_of(a) not in ITEM_ROLES | VIEW_ROLES and role_of(a) != 'label' and \
                re.match(r'\s*verdict\b', name_of(a), re.I)
        found = self.find(named)
        if found:
            return found
        def headline(a):
            return role_of(a) in ('panel', 'filler', 'frame', 'section', 'notification', 'alert', 'info bar',
                                  'status bar') and any(
                role_of(c) == 'label' and VERDICT_RE.match(name_of(c)) for c in children(a))
        return self.find(headline)

    def banner_reading(self):
        b = self.banner()
        return subtree_reading(b) if b else ''

    def profile_list(self):
        return self.cached('_profile_list', self.find_profile_list)

    def find_profile_list(self):
        return self.find(lambda a: role_of(a) in ('list', 'list box', 'tree', 'tree table', 'table')
                         and 'profile' in (name_of(a) + desc_of(a)).lower()
                         and 'result' not in name_of(a).lower())

    def profile_items(self):
        lst = self.profile_list()
        return [c for c in children(lst)] if lst else []

    def profile_item(self, name):
        """The list item of a profile: its name starts with the profile's name (and is not the item of
        a longer profile name that starts the same way: "Demo tenant" / "Demo tenant: wrong password")."""
        longer = [p for p in PROFILE_NAMES if len(p) > len(name) and p.startswith(name)]
        for item in self.profile_items():
            label = name_of(item)
            if role_of(item) in ITEM_ROLES and label.startswith(name) and \
                    not any(label.startswith(p) for p in longer):
                return item
        return None

    def text_field(self, pattern):
        """An editable field found by its accessible name or the label that labels it."""
        rx = re.compile(pattern, re.I)
        def match(a):
            if role_of(a) not in ('text', 'entry', 'password text'):
                return False
            if rx.search(name_of(a)):
                return True
            return any(rx.search(name_of(t)) for t in relation_targets(a, Atspi.RelationType.LABELLED_BY))
        return self.find(match)

    def button(self, pattern):
        rx = re.compile(pattern, re.I)
        return self.find(lambda a: role_of(a) in ('push button', 'toggle button') and rx.search(name_of(a)))

    def key(self, keysym):
        pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)

    def focus_by_keyboard(self, target, start, what):
        """Moves keyboard focus to target: SetFocus on a neighbour, then Tab until target has focus."""
        if has(target, S.FOCUSED):
            return True
        if start is not None:
            do_action(start, 'SetFocus')
            self.wait(f'focus on the field next to {what}', lambda: has(start, S.FOCUSED), 5)
        for _ in range(6):
            if has(target, S.FOCUSED):
                return True
            self.key(KEY_TAB)
            if self.wait(f'Tab to reach {what}', lambda: has(target, S.FOCUSED), 2):
                return True
        return has(target, S.FOCUSED)

    def select_profile(self, name):
        """Selects a profile with the keyboard: focus the list, Home, then Down until it is selected."""
        lst = self.profile_list()
        if lst is None:
            return False, 'no list of profiles found (a list whose name mentions "profile")'
        filt = self.text_field(r'filter')
        if not self.focus_by_keyboard(lst, filt, 'the profile list'):
            return False, (f'the profile list never took keyboard focus (Tab from {describe(filt) if filt else "nothing"})'
                           + self.other_windows())
        def selected():
            return next((name_of(i) for i in self.profile_items() if has(i, S.SELECTED)), None)
        self.key(KEY_HOME)
        self.wait('a profile selected after Home', selected, 3)
        for _ in range(len(children(lst)) + 1):
            item = self.profile_item(name)
            if item is not None and has(item, S.SELECTED):
                return True, ''
            before = selected()
            self.key(KEY_DOWN)
            if not self.wait('the selection to move down', lambda: selected() != before, 3):
                break   # the end of the list
        return False, (f'"{name}" never became selected with Home/Down in the profile list; items read: '
                       + ', '.join(describe(i) + (' (selected)' if has(i, S.SELECTED) else '')
                                   for i in self.profile_items()) + self.other_windows())

    def other_windows(self):
        """Windows of the app besides the main one (a dialog would take the keys meant for the main window)."""
        others = [c for c in children(self.app) if c is not None and not (
            role_of(c) == 'frame' and 'Zuora Credential Tester' in name_of(c)) and has(c, S.SHOWING)]
        return ('; other windows open: ' + ', '.join(describe(w) + ' ' + q(subtree_reading(w), 200) for w in others)) \
            if others else ''

    def press(self, acc):
        return do_action(acc, 'Press', 'Click', 'press', 'click', 'activate')


# --- the checks ------------------------------------------------------------------------------

def control_checks(win, report, seen, context, root=None, seen_combos=None, history=False):
    """Every focusable control on screen: a name, and a role that says what it is; and every combo box
    a label."""
    for acc in win.walk(root):
        role = role_of(acc)
        if role in ITEM_ROLES or role in ('application', 'frame'):
            continue
        st = win.walk_states.get(getattr(acc, 'path', None)) or states_of(acc)
        if not (st and st.contains(S.SHOWING)):
            continue
        if role == 'combo box' and seen_combos is not None:
            combo_label_check(report, acc, seen_combos, context, history)
        if not st.contains(S.FOCUSABLE):
            continue
        key = object_key(acc)
        if key in seen:
            continue
        seen.add(key)
        name = name_of(acc).strip()
        if name and role not in VAGUE_ROLES:
            report.controls_ok = getattr(report, 'controls_ok', 0) + 1
            if os.environ.get('ZCT_ATSPI_VERBOSE'):
                print(f'ok    {describe(acc)} in {path_of(acc)} ({context})', flush=True)
            continue
        report.controls_bad = getattr(report, 'controls_bad', 0) + 1
        where = f'{describe(acc)} in {path_of(acc)}{extents(acc)} ({context}){contents_hint(acc)}'
        title = f'focusable {role} {q(name, 60) if name else "(no name)"}'
        if not name:
            report.check(f'{title} has an accessible name', False,
                         f'a screen reader says nothing when it takes focus: {where}; labelled by: '
                         + (', '.join(q(name_of(t)) for t in relation_targets(acc, Atspi.RelationType.LABELLED_BY))
                            or 'nothing'))
        if role in VAGUE_ROLES:
            report.check(f'{title} has a meaningful role', False,
                         f'role {q(role)} says nothing about what it is: {where}. A container that takes focus '
                         f'(Qt: a scroll area, a tab widget) should not be a focus stop of its own (Qt::NoFocus; '
                         f'a QTabWidget passes its policy on to its tab bar, so give tabBar() Qt::TabFocus back) '
                         f'or needs a real role')


def combo_label_check(report, combo, seen_combos, context, history):
    """A combo box names its value, not its purpose: its label must come through a label relation."""
    key = object_key(combo)
    if key in seen_combos:
        return
    seen_combos.add(key)
    labels = [t for t in relation_targets(combo, Atspi.RelationType.LABELLED_BY)
              if role_of(t) == 'label' and name_of(t).strip()]
    which = ('History tab\'s filter combo box' if history else 'combo box') + f' (now showing {q(name_of(combo))})'
    report.check(f'{which} has a label', labels,
                 f'no label-for / labelled-by relation to a label (a QLabel with this combo as buddy): '
                 f'{describe(combo)} in {path_of(combo)} ({context}); labelled by: '
                 + (', '.join(describe(t) for t in relation_targets(combo, Atspi.RelationType.LABELLED_BY))
                    or 'nothing'))
    if history:
        report.history_combo_seen = True


def tab_lists(win):
    return win.find_all(lambda a: role_of(a) == 'page tab list')


def walk_tabs(win, report, seen, seen_combos, phase, must_open=()):
    """Opens each result tab through its AT-SPI action and checks what each page shows."""
    opened = []
    for tabs in tab_lists(win):
        for tab in [t for t in children(tabs) if role_of(t) == 'page tab']:
            title = name_of(tab)
            win.press(tab)
            ok = win.wait(f'tab {title} to open', lambda: has(tab, S.SELECTED) or name_of(tabs) == title, 4)
            if not ok:
                # Qt 6.4 reports a disabled tab as enabled; a tab that cannot open is disabled.
                if title in must_open:
                    report.check(f'result tab "{title}" opens ({phase})', False,
                                 f'pressing the page tab did nothing: {describe(tab)}; the tab list reads {q(name_of(tabs))}')
                else:
                    print(f'note  tab "{title}" did not open ({phase}): disabled in this state', flush=True)
                continue
            opened.append(title)
            context = f'{phase}, tab "{title}" open'
            widget = tabs.get_parent()   # the tab widget: the tab bar and the page now shown
            control_checks(win, report, seen, context, widget, seen_combos, bool(re.search(r'histor', title, re.I)))
    return opened


class FocusEvents:
    """What a screen reader hears on Tab: the accessibles that report gaining focus, in order."""

    def __init__(self):
        self.sources = []
        pyatspi.Registry.registerEventListener(self._on_focus, 'object:state-changed:focused')

    def _on_focus(self, event):
        if event.detail1 == 1:
            self.sources.append(event.source)

    def close(self):
        pyatspi.Registry.deregisterEventListener(self._on_focus, 'object:state-changed:focused')

    def next(self, win, timeout):
        """Waits for the next focus event (the AT-SPI events arrive through GLib's main context)."""
        count = len(self.sources)
        context = GLib.MainContext.default()
        def arrived():
            while context.iteration(False):
                pass
            return len(self.sources) > count
        return self.sources[-1] if win.wait('a focus event', arrived, timeout) else None


def tab_chain_check(win, report, context):
    """Tab from the profile filter round the window and back: each stop must announce a name and a
    role, and the result tabs must be among the stops (keyboard users reach them)."""
    focus = FocusEvents()
    try:
        start_field = win.text_field(r'filter')
        if start_field is None or not do_action(start_field, 'SetFocus') or \
                not win.wait('focus on the profile filter', lambda: has(start_field, S.FOCUSED), 5):
            report.check('Tab chain: a starting point (the profile filter field) takes focus', False,
                         f'SetFocus on {describe(start_field) if start_field else "no filter field"} did not focus it'
                         + win.other_windows())
            return
        first = object_key(start_field)
        stops, bad, back = [], 0, False
        for _ in range(80):
            win.key(KEY_TAB)
            src = focus.next(win, 5)
            if src is None:
                report.check('Tab chain: every Tab moves the focus', False,
                             f'after {len(stops)} stops a Tab moved the focus nowhere (last stop: '
                             f'{describe(stops[-1]) if stops else describe(start_field)})' + win.other_windows())
                break
            if object_key(src) == first:
                back = True
                break
            stops.append(src)
            role, name = role_of(src), name_of(src).strip()
            if not name or role in VAGUE_ROLES:
                bad += 1
                after = describe(stops[-2]) if len(stops) > 1 else describe(start_field)
                report.check(f'Tab stop {len(stops)} announces a name and a meaningful role', False,
                             f'Orca hears {describe(src)} (the stop after {after}) in {path_of(src)}{extents(src)} '
                             f'({context}){contents_hint(src)}: '
                             + ('no name' if not name else '') + (' and ' if not name and role in VAGUE_ROLES else '')
                             + (f'role {q(role)} says nothing' if role in VAGUE_ROLES else ''))
        report.check(f'Tab chain: Tab goes round the window and back to the start ({len(stops)} stops)', back,
                     'the focus did not come back to the profile filter within 80 Tabs; stops: '
                     + ', '.join(f'[{role_of(a)}] {q(name_of(a), 30)}' for a in stops[:40]))
        report.check('Tab chain: every Tab stop announces a name and a meaningful role', stops and bad == 0,
                     f'{bad} of {len(stops)} stops (each listed above)' if stops else 'no Tab stop')
        report.check('Tab chain: Tab reaches the result tabs', any(role_of(a) in ('page tab list', 'page tab')
                                                                   for a in stops),
                     'no Tab stop is the result tabs\' tab bar; stops: '
                     + ', '.join(f'[{role_of(a)}] {q(name_of(a), 30)}' for a in stops))
    finally:
        focus.close()


def info_label_check(win, report, check_name, hint, pattern, expectation):
    """An information label: the text it displays (matching pattern) must be what AT-SPI reads."""
    banner = win.banner()
    banner_parts = set()
    if banner is not None:
        for a in win.walk(banner):
            banner_parts.add((name_of(a), desc_of(a)))
    labels = win.find_all(lambda a: role_of(a) in ('label', 'static') and
                          (name_of(a), desc_of(a)) not in banner_parts)
    hinted = [a for a in labels if re.search(hint, name_of(a) + ' ' + desc_of(a), re.I)]
    exposing = [a for a in labels if pattern.search(reading(a))]
    if exposing:
        return report.check(check_name, True)
    read = '; '.join(describe(a) for a in hinted) or 'no label whose name mentions it at all'
    return report.check(check_name, False,
                        f'{expectation}, but no label on screen exposes it through AT-SPI. Read: {read}')


_phase = []


def phase(name):
    """Prints how long the previous phase took (a loaded CI machine shows where the time goes)."""
    now = time.monotonic()
    if _phase:
        print(f'time  {_phase[1]}: {now - _phase[0]:.1f} s', flush=True)
    _phase[:] = [now, name]


def run(win, report, base_timeout):
    T = base_timeout
    phase('waiting for the app and the demo verdict')
    if not report.check('the app is on the accessibility bus with its main window', win.find_app(T),
                        'the app never appeared in pyatspi.Registry.getDesktop(0) with a "Zuora Credential Tester" frame'):
        return
    report.check('the main window is active (keyboard input reaches it)',
                 win.wait('the window to be active', lambda: has(win.frame, S.ACTIVE), T),
                 f'the frame never reported the active state: {describe(win.frame)}')

    # --- the demo check that --demo starts ---
    verdict = win.wait('the verdict banner to report the demo result',
                       lambda: VERDICT_RE.search(win.banner_reading()), T)
    banner = win.banner()
    report.check('verdict banner reads "Accepted" as text after the demo check',
                 banner is not None and re.search(r'\bAccepted\b', win.banner_reading()),
                 ('no verdict banner found (a block named "Verdict", or one whose headline label is a verdict word)' if banner is None else
                  f'banner read: {q(win.banner_reading(), 400)}' + ('' if verdict else ' (no verdict word within the time limit)')))

    item = win.profile_item(DEMO_ACCEPTED)
    report.check(f'profile list: "{DEMO_ACCEPTED}" shows its verdict as text (tested: Accepted)',
                 item is not None and re.search(r'\bAccepted\b', reading(item)),
                 (f'list item read: {describe(item)} (the verdict is an icon only)' if item is not None else
                  f'no "{DEMO_ACCEPTED}" item in the profile list; items: '
                  + ', '.join(q(name_of(i)) for i in win.profile_items())))

    phase('information labels and controls, every result tab')
    base_field = win.text_field(r'base url')
    demo_base = (text_of(base_field) or '').strip() if base_field else ''
    report.check('Base URL field exposes its text', demo_base.startswith('http'),
                 f'read {describe(base_field) if base_field else "no field named or labelled Base URL"}')
    if demo_base:
        info_label_check(win, report, 'label: resolved endpoint is read as it is shown', r'endpoint',
                         re.compile(re.escape(demo_base.rstrip('/')) + r'/\S+'),
                         f'the form shows the resolved endpoint ({demo_base.rstrip("/")}/…)')
    info_label_check(win, report, 'label: elapsed time is read as it is shown', r'elapsed|duration|took',
                     DURATION_RE, 'after the check the form shows how long it took (e.g. "14.6 ms")')

    seen, seen_combos = set(), set()
    control_checks(win, report, seen, 'after the demo check', seen_combos=seen_combos)
    tab_chain_check(win, report, 'after the demo check, Response tab open')
    opened = walk_tabs(win, report, seen, seen_combos, 'session login',
                       must_open=('Response', 'Headers', 'Timing', 'Request', 'History'))
    report.check('the result tabs open through AT-SPI actions', len(opened) >= 5,
                 f'opened: {opened}; tab lists: ' + ', '.join(describe(t) for t in tab_lists(win)))
    report.check('the History tab\'s filter combo box was found', getattr(report, 'history_combo_seen', False),
                 'no combo box on the page the History tab shows')

    # --- the other demo profile, chosen with the keyboard and tested with the Test button's action ---
    phase('the wrong password, chosen with the keyboard')
    wrong = DEMO_REJECTED
    ok, why = win.select_profile(wrong)
    if report.check(f'"{wrong}" can be selected with the keyboard', ok, why):
        test = win.button(r'^test$|^test these')
        before = win.banner_reading()
        if report.check('Test button found and pressed through its AT-SPI action', test is not None and win.press(test),
                        'no push button named "Test"' if test is None else f'action failed on {describe(test)}; actions {actions(test)}'):
            got = win.wait('the verdict of the wrong password',
                           lambda: re.search(r'\bRejected\b', win.banner_reading()), T)
            report.check(f'verdict banner reads "Rejected" as text after testing "{wrong}"', got,
                         f'banner read {q(win.banner_reading(), 400)} (before pressing Test: {q(before, 200)})' + win.other_windows())
            item = win.profile_item(wrong)
            report.check(f'profile list: "{wrong}" shows its verdict as text (tested: Rejected)',
                         item is not None and win.wait('the list to show the verdict',
                                                        lambda: re.search(r'\bRejected\b', reading(win.profile_item(wrong))), 5),
                         f'list item read: {describe(item)} (the verdict is an icon only)' if item is not None
                         else 'item not found; items: ' + ', '.join(q(name_of(i)) for i in win.profile_items()))

    # --- a saved profile: typing through the accessibility interface, then an OAuth check ---
    phase('typing into a saved profile')
    ok, why = win.select_profile(SEEDED_PROFILE)
    if not report.check(f'saved profile "{SEEDED_PROFILE}" (seeded in the scratch profiles file) can be selected '
                        'with the keyboard', ok, why):
        return
    user = win.wait('the form to load the saved profile',
                    lambda: (lambda f: f if f is not None and text_of(f) == SEEDED_USER else None)(
                        win.text_field(r'user ?name|client id')), T)
    if not report.check('the user name field reads the saved profile\'s user name', user,
                        f'read {describe(win.text_field(r"user ?name|client id")) if win.text_field(r"user ?name|client id") else "no user name field"}'):
        return
    title_before = name_of(win.frame)
    item_before = reading(win.profile_item(SEEDED_PROFILE))
    report.check('before typing, the saved profile is not marked changed',
                 '*' not in title_before and not re.search(r'\*|unsaved|modified|changed', item_before, re.I),
                 f'title {q(title_before)}, list item {q(item_before)}')
    editable = user.get_editable_text_iface()
    typed = editable is not None and editable.set_text_contents(TYPED_USER)
    landed = win.wait('the typed text in the field', lambda: text_of(user) == TYPED_USER, 5)
    if report.check('EditableText.setTextContents on the user name field changes its text', typed and landed,
                    f'setTextContents returned {typed}; field now reads {q(text_of(user))}'):
        def marked():
            item = win.profile_item(SEEDED_PROFILE)
            return '*' in name_of(win.frame) or (item is not None and re.search(
                r'\*|unsaved|modified|changed', reading(item), re.I))
        report.check('text typed through the accessibility interface marks the profile changed',
                     win.wait('the unsaved marker', marked, 5),
                     f'after setTextContents({q(TYPED_USER)}) the window title reads {q(name_of(win.frame))} '
                     f'and the list item reads {q(reading(win.profile_item(SEEDED_PROFILE)))} (no "*", no "unsaved")'
                     + win.other_windows())

    phase('an OAuth check and the Token tab')
    # OAuth against the demo tenant: the Token tab's labels (masked token, expiry countdown).
    combo = win.find(lambda a: role_of(a) == 'combo box' and any(
        'oauth' in name_of(i).lower() for i in win.walk(a, showing_only=False, into_views=True)))
    if not report.check('authentication combo box found (the one offering OAuth)', combo is not None, 'not found'):
        return
    if 'oauth' not in name_of(combo).lower():
        # Keyboard focus from the field before it (Tab), then Down picks the next login kind.
        if win.focus_by_keyboard(combo, win.text_field(r'base url'), 'the authentication combo box'):
            for _ in range(3):
                if 'oauth' in name_of(combo).lower():
                    break
                win.key(KEY_DOWN)
                win.wait('the combo box to change', lambda: 'oauth' in name_of(combo).lower(), 2)
    if not report.check('authentication switched to OAuth with the keyboard', 'oauth' in name_of(combo).lower(),
                        f'the combo box reads {describe(combo)}; focused: {has(combo, S.FOCUSED)}' + win.other_windows()):
        return
    client_id, client_secret = demo_oauth_client()
    for what, pattern, value in (('Base URL', r'base url', demo_base),
                                 ('client id', r'client id|user ?name', client_id),
                                 ('client secret', r'client secret|password', client_secret)):
        field = win.text_field(pattern)
        iface = field.get_editable_text_iface() if field is not None else None
        ok = bool(value) and iface is not None and iface.set_text_contents(value) and bool(
            win.wait(f'the {what} typed', lambda: text_of(field) == value or role_of(field) == 'password text', 5))
        report.check(f'OAuth form: the {what} field takes text through EditableText', ok,
                     f'field: {describe(field) if field is not None else "not found"}; value {q(value)}')
    test = win.button(r'^test$|^test these')
    before = win.banner_reading()
    if not report.check('Test pressed for the OAuth check', test is not None and win.press(test),
                        'no Test button' if test is None else f'action failed: {describe(test)}'):
        return
    got = win.wait('the OAuth verdict', lambda: (lambda r: r != before and re.search(r'\bAccepted\b', r))(
        win.banner_reading()), T)
    if not report.check('verdict banner reads "Accepted" as text after the OAuth check', got,
                        f'banner read {q(win.banner_reading(), 400)} (before pressing Test: {q(before, 200)})' + win.other_windows()):
        return
    walk_tabs(win, report, seen, seen_combos, 'OAuth', must_open=('Token',))
    tabs = next(iter(tab_lists(win)), None)
    token_tab = next((t for t in children(tabs) if role_of(t) == 'page tab' and 'token' in name_of(t).lower()), None) \
        if tabs is not None else None
    if token_tab is not None:
        win.press(token_tab)
        win.wait('the Token tab', lambda: has(token_tab, S.SELECTED) or 'token' in name_of(tabs).lower(), 4)
    info_label_check(win, report, 'label: masked access token is read as it is shown', r'token',
                     MASKED_TOKEN_RE, 'the Token tab shows the token masked (e.g. "Bearer •••••••• (32 characters)")')
    info_label_check(win, report, 'label: token expiry countdown is read as it is shown', r'expir',
                     COUNTDOWN_RE, 'the Token tab shows when the token expires (e.g. "In 59:58 (at 14:02)")')


def write_profiles(path):
    """One saved profile (a custom URL where nothing listens) in the app's profiles file format."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('[General]\nschemaVersion=2\n\n[profiles]\n'
                '1\\id=a11y-sample\n'
                f'1\\name={SEEDED_PROFILE}\n'
                '1\\baseUrl=http://127.0.0.1:9\n'
                '1\\authMode=session\n'
                f'1\\username={SEEDED_USER}\n'
                '1\\timeoutMs=30000\n'
                '1\\rememberSecret=false\n'
                'size=1\n')


def demo_oauth_client():
    """The demo tenant's OAuth client, from the one place the sources define it."""
    header = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'demo', 'DemoCredentials.h')
    try:
        text = open(header, encoding='utf-8').read()
    except OSError:
        return '', ''
    def constant(name):
        m = re.search(name + r'\[\]\s*=\s*u"([^"]*)"', text)
        return m.group(1) if m else ''
    return constant('kClientId'), constant('kClientSecret')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--pid', type=int, help='process id of the running app')
    ap.add_argument('--write-profiles', metavar='FILE', help='write the profiles file to seed, then exit')
    ap.add_argument('--timeout', type=float, default=30, help='time limit of each wait, seconds')
    ap.add_argument('--budget', type=float, default=100, help='time limit of the whole run, seconds')
    args = ap.parse_args()
    if args.write_profiles:
        write_profiles(args.write_profiles)
        return 0
    if args.pid is None:
        ap.error('--pid is required')
    report = Report()
    win = Window(args.pid, report, args.budget)
    started = time.monotonic()
    try:
        run(win, report, args.timeout)
    except (Deadline, AppGone) as e:
        report.check('the checks finished within the time budget', False, str(e))
    except Exception as e:  # a crash of the app or of the bus: a failure, with what happened
        import traceback
        traceback.print_exc()
        report.check('the checks ran to the end', False, f'{type(e).__name__}: {e}')
    phase('done')
    good, bad = getattr(report, 'controls_ok', 0), getattr(report, 'controls_bad', 0)
    if good + bad:
        report.check(f'every focusable control on screen has a name and a meaningful role '
                     f'({good + bad} read, main window and every result tab)', bad == 0,
                     f'{bad} of {good + bad} failed (each listed above)')
    report.account_for(REQUIRED)
    print(f'\nchecks took {time.monotonic() - started:.1f} s')
    return 0 if report.summary() else 1


if __name__ == '__main__':
    sys.exit(main())

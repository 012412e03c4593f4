import { defineMessages } from '@/ui/i18n';

/**
 * Every string of the Settings page. The accessible names of the connection form and list are a
 * contract (docs/architecture.md, UI contract): tests outside the project find controls by them.
 */
export const settingsMessages = defineMessages({
  en: {
    title: 'Settings',
    subtitle: 'Connect Segment Studio to your backends, and choose which one this tab works with.',
    cancel: 'Cancel',

    // The list of connections.
    connectionsHeading: 'Connections',
    connectionsIntro:
      'Secrets stay in this browser: for this session only, unless you choose to remember them on this device.',
    add: 'Add connection',
    'row.vendorHost': '{vendor} · {host}',
    'row.active': 'Active',
    'row.builtIn': 'Built-in',
    'row.secret.device': 'Secret stored on this device',
    'row.secret.session': 'Secret stored for this session',
    'row.secret.none': 'No secret stored on this device',
    'row.secret.builtIn': 'Demo credentials built in',
    'row.use': 'Use',
    'row.edit': 'Edit',
    'row.remove': 'Remove',
    'row.empty': 'No connections yet. Add one to reach your backend.',
    used: 'This tab now uses “{name}”.',
    removeTitle: 'Remove connection?',
    removeBody:
      '“{name}” will be removed from this browser, together with its stored secret and the drafts kept for it. Segments on the server are not affected.',
    removeConfirm: 'Remove',
    removed: 'Connection “{name}” was removed.',
    signedOut: 'Signed out of “{name}”: its secret and drafts are gone from this browser.',
    'row.signOut': 'Sign out',

    // The connection form.
    'form.newHeading': 'New connection',
    'form.editHeading': 'Edit connection',
    'form.editing': 'Changes apply to “{name}”.',
    backend: 'Backend',
    'backend.fixed': 'A connection keeps its backend. For another one, add a new connection.',
    name: 'Connection name',
    'name.help': 'Shown in the app bar. Left empty, it is the host name.',
    'name.tooLong': 'Use at most 80 characters.',
    baseUrl: 'Base URL',
    'baseUrl.help': 'For example {example}, or a path under /proxy/ when this app’s server proxies the backend.',
    'baseUrl.completed': 'Completed to {url}.',
    'baseUrl.completedPath': 'Completed to {url}: the {vendor} API lives under {path}.',
    'baseUrl.required': 'Enter the base URL of the API.',
    'baseUrl.invalid': 'Enter a full URL starting with https://, or a path under /proxy/.',
    'baseUrl.scheme': 'Only https:// and http:// addresses can be used, or a path under /proxy/.',
    'baseUrl.credentials':
      'Remove the user name and password from the URL: the secret has its own field below and travels in a request header only.',
    'baseUrl.query': 'Remove the query string (the part from “?”): the app adds its own paths and parameters.',
    'baseUrl.fragment': 'Remove the fragment (the part from “#”): it is never sent to a server.',
    'baseUrl.mixedContent':
      'The browser refuses this address: this page is served over https, and a plain http:// address would be mixed content. Use https://, or a path under /proxy/.',
    'baseUrl.proxyPath': 'A path must lead through the proxy, for example /proxy/da.',
    token: 'API token',
    'token.help.altcraft':
      'In Altcraft: account settings → API tokens. Sent only in a request header (Authorization), never in a URL.',
    'token.help.push0':
      'In the Push0 dashboard → API keys. Sent only in a request header (Authorization), never in a URL.',
    'token.required': 'Enter the API token.',
    'token.show': 'Show token',
    daAuth: 'Sign-in method',
    'daAuth.login': 'Sign in with a platform login',
    'daAuth.session': 'Paste a cookie from a signed-in session',
    userName: 'User name',
    'userName.required': 'Enter the user name.',
    password: 'Password',
    'password.required': 'Enter the password.',
    'password.show': 'Show password',
    'login.help':
      'Your Digital Audience platform login. The app signs in through the proxy; the user name and password go only in the body of the sign-in request, never in a URL.',
    session: 'Session cookie',
    'session.help':
      'The value of the digitalAudience cookie of a signed-in session (browser developer tools → Application → Cookies). Sent only in a request header, which the proxy turns into the cookie.',
    'session.required': 'Enter the session cookie.',
    'session.show': 'Show cookie',
    audienceId: 'Audience ID',
    'audienceId.help': 'The audience whose segments the app lists and creates.',
    'audienceId.required': 'Enter the audience ID.',
    'audienceId.invalid': 'Enter the ID alone, without spaces, slashes or “?”.',
    remember: 'Remember on this device',
    'remember.help': 'Keeps the secret in this browser’s storage. Otherwise it is forgotten when this tab closes.',
    'stored.token.device': 'A token is stored on this device.',
    'stored.token.session': 'A token is stored for this session.',
    'stored.login.device': 'A user name and password are stored on this device.',
    'stored.login.session': 'A user name and password are stored for this session.',
    'stored.session.device': 'A session cookie is stored on this device.',
    'stored.session.session': 'A session cookie is stored for this session.',
    'stored.none': 'No secret is stored on this device: enter it to use this connection.',
    'stored.keepsHint': 'Saving keeps it.',
    'stored.replacing': 'Typing a new one replaces it when you save.',
    'stored.replace': 'Replace',
    'stored.keep': 'Keep stored',
    test: 'Test connection',
    save: 'Save connection',

    // Test results.
    'test.running': 'Testing the connection to {host}…',
    'test.ok': 'Connected to {host}.',
    'test.unreachable':
      'Could not reach {host}. Check the address and your network. A server that does not allow requests from this page (CORS) fails the same way: reach it through a path under /proxy/.',
    'test.refused.mixedContent':
      'The browser refuses to send requests to {host}: this page is served over https, and the address uses plain http:// (mixed content). Nothing was sent.',
    'test.refused.scheme': 'The browser cannot send API requests to this address. Nothing was sent.',
    'test.refused.other': 'The browser refuses to send requests to {host}.',
    'test.wrongPath':
      '{host} answered, but not as the {vendor} API does at this address. Check the path of the base URL, for example {example}.',
    'test.wrongSecret.token': '{host} refused the API token. Check it, and that it may read data.',
    'test.wrongSecret.login': '{host} refused the user name or password.',
    'test.wrongSecret.session':
      '{host} refused the session cookie: it may have expired. Copy a fresh one from a signed-in session.',
    'test.timeout': '{host} did not answer within {seconds} s.',
    'test.other': 'The test failed: {reason}',
    'test.details': 'The server said: {text}',

    // Saving.
    'saved.new': 'Connection “{name}” saved. This tab now uses it.',
    'saved.edit': 'Connection “{name}” saved.',
    'saved.notStored': 'The browser refused to store it, so it lasts for this tab only.',
    saveAnywayTitle: 'Save anyway?',
    saveAnywayBody: 'The last test of these settings failed: {reason} Save the connection anyway?',
    saveAnyway: 'Save anyway',

    // Demo data.
    demoHeading: 'Demo data',
    demoBody:
      'The embedded backend keeps your changes in this browser. Resetting restores the original sample segments and deletes the drafts of the demo connections.',
    reset: 'Reset demo data',
    resetDone: 'Demo data was reset.',
    resetFailed: 'Could not reset demo data: {reason}',
    resetConfirmTitle: 'Reset demo data?',
    resetConfirmBody:
      'Every segment you created or changed in the demo, and every draft of the demo connections, will be replaced by the original sample data.',

    // The interface language.
    interfaceHeading: 'Interface',
    language: 'Language',
    'language.help': 'Remembered in this browser. Numbers and dates follow it too.',
  },
  ru: {
    title: 'Настройки',
    subtitle: 'Подключите Segment Studio к своим бэкендам и выберите, с каким из них работает эта вкладка.',
    cancel: 'Отмена',

    connectionsHeading: 'Подключения',
    connectionsIntro:
      'Секреты остаются в этом браузере: только на время сеанса, если вы не решите запомнить их на этом устройстве.',
    add: 'Добавить подключение',
    'row.vendorHost': '{vendor} · {host}',
    'row.active': 'Активно',
    'row.builtIn': 'Встроенное',
    'row.secret.device': 'Секрет сохранён на этом устройстве',
    'row.secret.session': 'Секрет сохранён на время сеанса',
    'row.secret.none': 'Секрет на этом устройстве не сохранён',
    'row.secret.builtIn': 'Демо-доступ встроен',
    'row.use': 'Использовать',
    'row.edit': 'Изменить',
    'row.remove': 'Удалить',
    'row.empty': 'Подключений пока нет. Добавьте подключение к своему бэкенду.',
    used: 'Эта вкладка теперь использует «{name}».',
    removeTitle: 'Удалить подключение?',
    removeBody:
      '«{name}» будет удалено из этого браузера вместе с сохранённым секретом и черновиками для него. Сегменты на сервере не затрагиваются.',
    removeConfirm: 'Удалить',
    removed: 'Подключение «{name}» удалено.',
    signedOut: 'Вы вышли из «{name}»: его секрет и черновики удалены из этого браузера.',
    'row.signOut': 'Выйти',

    'form.newHeading': 'Новое подключение',
    'form.editHeading': 'Изменение подключения',
    'form.editing': 'Изменения относятся к «{name}».',
    backend: 'Бэкенд',
    'backend.fixed': 'Бэкенд подключения не меняется. Для другого бэкенда добавьте новое подключение.',
    name: 'Название подключения',
    'name.help': 'Показывается в верхней панели. Если оставить пустым, будет имя хоста.',
    'name.tooLong': 'Не больше 80 символов.',
    baseUrl: 'Базовый URL',
    'baseUrl.help': 'Например, {example} или путь под /proxy/, если сервер этого приложения проксирует бэкенд.',
    'baseUrl.completed': 'Дополнено до {url}.',
    'baseUrl.completedPath': 'Дополнено до {url}: API {vendor} находится по пути {path}.',
    'baseUrl.required': 'Введите базовый URL API.',
    'baseUrl.invalid': 'Введите полный URL, начинающийся с https://, или путь под /proxy/.',
    'baseUrl.scheme': 'Подходят только адреса https:// и http:// или путь под /proxy/.',
    'baseUrl.credentials':
      'Уберите имя пользователя и пароль из URL: для секрета есть отдельное поле ниже, и он передаётся только в заголовке запроса.',
    'baseUrl.query': 'Уберите строку запроса (часть начиная с «?»): приложение добавляет свои пути и параметры.',
    'baseUrl.fragment': 'Уберите фрагмент (часть начиная с «#»): он никогда не отправляется на сервер.',
    'baseUrl.mixedContent':
      'Браузер не пустит запросы по этому адресу: страница открыта по https, а обычный адрес http:// был бы смешанным содержимым. Используйте https:// или путь под /proxy/.',
    'baseUrl.proxyPath': 'Путь должен вести через прокси, например /proxy/da.',
    token: 'API-токен',
    'token.help.altcraft':
      'В Altcraft: настройки аккаунта → API-токены. Передаётся только в заголовке запроса (Authorization), никогда в URL.',
    'token.help.push0':
      'В панели Push0 → API keys. Передаётся только в заголовке запроса (Authorization), никогда в URL.',
    'token.required': 'Введите API-токен.',
    'token.show': 'Показать токен',
    daAuth: 'Способ входа',
    'daAuth.login': 'Войти с логином платформы',
    'daAuth.session': 'Вставить cookie из открытого сеанса',
    userName: 'Имя пользователя',
    'userName.required': 'Введите имя пользователя.',
    password: 'Пароль',
    'password.required': 'Введите пароль.',
    'password.show': 'Показать пароль',
    'login.help':
      'Ваш логин на платформе Digital Audience. Приложение входит через прокси; имя пользователя и пароль передаются только в теле запроса на вход, никогда в URL.',
    session: 'Cookie сеанса',
    'session.help':
      'Значение cookie digitalAudience из открытого сеанса (инструменты разработчика → Application → Cookies). Передаётся только в заголовке запроса, который прокси превращает в cookie.',
    'session.required': 'Введите cookie сеанса.',
    'session.show': 'Показать cookie',
    audienceId: 'ID аудитории',
    'audienceId.help': 'Аудитория, сегменты которой приложение показывает и создаёт.',
    'audienceId.required': 'Введите ID аудитории.',
    'audienceId.invalid': 'Введите только ID, без пробелов, косых черт и «?».',
    remember: 'Запомнить на этом устройстве',
    'remember.help': 'Хранит секрет в хранилище этого браузера. Иначе он забывается, когда вкладка закрывается.',
    'stored.token.device': 'Токен сохранён на этом устройстве.',
    'stored.token.session': 'Токен сохранён на время сеанса.',
    'stored.login.device': 'Имя пользователя и пароль сохранены на этом устройстве.',
    'stored.login.session': 'Имя пользователя и пароль сохранены на время сеанса.',
    'stored.session.device': 'Cookie сеанса сохранён на этом устройстве.',
    'stored.session.session': 'Cookie сеанса сохранён на время сеанса.',
    'stored.none': 'Секрет на этом устройстве не сохранён: введите его, чтобы пользоваться подключением.',
    'stored.keepsHint': 'При сохранении он останется.',
    'stored.replacing': 'Если ввести новый, он заменит сохранённый при сохранении.',
    'stored.replace': 'Заменить',
    'stored.keep': 'Оставить сохранённый',
    test: 'Проверить подключение',
    save: 'Сохранить подключение',

    'test.running': 'Проверяем подключение к {host}…',
    'test.ok': 'Подключено к {host}.',
    'test.unreachable':
      'Не удалось связаться с {host}. Проверьте адрес и сеть. Сервер, который не разрешает запросы с этой страницы (CORS), выглядит так же: обращайтесь к нему через путь под /proxy/.',
    'test.refused.mixedContent':
      'Браузер не отправляет запросы к {host}: страница открыта по https, а адрес использует обычный http:// (смешанное содержимое). Ничего не отправлено.',
    'test.refused.scheme': 'Браузер не может отправлять запросы API по этому адресу. Ничего не отправлено.',
    'test.refused.other': 'Браузер не отправляет запросы к {host}.',
    'test.wrongPath':
      '{host} ответил, но не так, как API {vendor} по этому адресу. Проверьте путь в базовом URL, например {example}.',
    'test.wrongSecret.token': '{host} отклонил API-токен. Проверьте его и то, что ему разрешено читать данные.',
    'test.wrongSecret.login': '{host} отклонил имя пользователя или пароль.',
    'test.wrongSecret.session':
      '{host} отклонил cookie сеанса: возможно, срок его действия истёк. Скопируйте свежий из открытого сеанса.',
    'test.timeout': '{host} не ответил за {seconds} с.',
    'test.other': 'Проверка не прошла: {reason}',
    'test.details': 'Ответ сервера: {text}',

    'saved.new': 'Подключение «{name}» сохранено. Эта вкладка теперь использует его.',
    'saved.edit': 'Подключение «{name}» сохранено.',
    'saved.notStored': 'Браузер не дал его сохранить, поэтому оно действует только в этой вкладке.',
    saveAnywayTitle: 'Всё равно сохранить?',
    saveAnywayBody: 'Последняя проверка этих настроек не прошла: {reason} Всё равно сохранить подключение?',
    saveAnyway: 'Всё равно сохранить',

    demoHeading: 'Демо-данные',
    demoBody:
      'Встроенный бэкенд хранит ваши изменения в этом браузере. Сброс возвращает исходные примеры сегментов и удаляет черновики демо-подключений.',
    reset: 'Сбросить демо-данные',
    resetDone: 'Демо-данные сброшены.',
    resetFailed: 'Не удалось сбросить демо-данные: {reason}',
    resetConfirmTitle: 'Сбросить демо-данные?',
    resetConfirmBody:
      'Все сегменты, которые вы создали или изменили в демо, и все черновики демо-подключений будут заменены исходными примерами.',

    interfaceHeading: 'Интерфейс',
    language: 'Язык (Language)',
    'language.help': 'Запоминается в этом браузере. Числа и даты тоже следуют ему.',
  },
});

export type SettingsMessageKey = keyof (typeof settingsMessages)['en'];

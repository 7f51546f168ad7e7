import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const PORTAINER = 'docker run -d -p 9443:9443 --name portainer --restart=always -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer-ce';
const address = (lang: string, cmd: string) => `/${lang}/explain/?cmd=${encodeURIComponent(cmd)}`;

for (const { lang, problem, image, own } of [
  { lang: 'ko', problem: '문제', image: '이미지', own: '컨테이너가 실행할 명령' },
  { lang: 'en', problem: 'Problem', image: 'Image', own: "The container's own command" },
]) {
  test(`${lang}: ?cmd= explains a pasted command part by part, in the page's language, axe clean`, async ({ page }) => {
    await page.goto(address(lang, `${PORTAINER} sh -c ls`));
    const main = page.locator('main');
    const rows = main.locator('.explain__part');
    await expect(rows).toHaveCount(8);
    // In order: the command, its flags (each linked to its entry), the image, the container's own command.
    await expect(rows.first().getByRole('link', { name: 'docker run' })).toHaveAttribute('href', `/${lang}/reference/run/`);
    await expect(main.getByRole('link', { name: '-p, --publish' })).toHaveAttribute('href', `/${lang}/reference/run/#publish`);
    await expect(main.getByRole('link', { name: '--restart' })).toHaveAttribute('href', `/${lang}/reference/run/#restart`);
    await expect(rows.nth(6)).toContainText(image);
    await expect(rows.nth(6)).toContainText('docker.io');
    await expect(rows.nth(7)).toContainText(own);
    await expect(main.locator('.explain__problem')).toHaveCount(0);
    await expect(page.locator('#explain-input')).toHaveValue(`${PORTAINER} sh -c ls`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${lang}: a pasted Dockerfile's arguments are read: the command's form, the base image and its stage, the ports`, async ({ page }) => {
    await page.goto(address(lang, 'FROM node:20-alpine AS build\nEXPOSE 3000\nCMD ["node", "server.js"]\nENTRYPOINT node server.js'));
    const rows = page.locator('main .explain__part');
    await expect(rows.filter({ hasText: 'node:20-alpine' })).toContainText('library/node');
    const row = (text: string) => rows.filter({ has: page.locator('.explain__what', { hasText: text }) });
    await expect(row('AS build').locator('.explain__says code').first()).toHaveText('build');
    await expect(row('3000').locator('.explain__says')).toContainText('docker run -p');
    await expect(row('["node", "server.js"]').locator('.explain__says code').first()).toHaveText('node');
    await expect(row('node server.js').last().locator('.explain__says')).toContainText('docker stop');
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${lang}: editing the box updates the explanation and the address; a typo is marked with a suggestion`, async ({ page }) => {
    await page.goto(`/${lang}/explain/`);
    const input = page.locator('#explain-input');
    await input.fill('docker run --detatch nginx');
    await expect(page.locator('.explain__output')).toHaveAttribute('data-command', 'docker run --detatch nginx');
    const marked = page.locator('.explain__part--marked');
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText(problem);
    await expect(marked).toContainText('--detach');
    expect(new URL(page.url()).searchParams.get('cmd')).toBe('docker run --detatch nginx');
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${lang}: a phone shows the explanation in one column without scrolling sideways @phone`, async ({ page }) => {
    await page.goto(address(lang, 'docker run --rm -v "$PWD":/usr/src/myapp -w /usr/src/myapp rust:1.23.0 cargo build --release && docker ps -aq'));
    await expect(page.locator('.explain__command')).toHaveCount(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    const [what, says] = await page.locator('.explain__part').first().locator(':scope > *').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(what).toBe(says);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a command typed while the reference still loads is explained once it has, and the address follows it', async ({ page }) => {
  let release!: () => void;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/en/explain/data.json', async (route) => {
    await loaded;
    await route.continue();
  });
  await page.goto('/en/explain/');
  await page.locator('#explain-input').fill('docker ps -a');
  release();
  await expect(page.locator('.explain__output')).toHaveAttribute('data-command', 'docker ps -a');
  expect(new URL(page.url()).searchParams.get('cmd')).toBe('docker ps -a');
});

test('a command copied from a tutorial (prompt, output, a dash for --, curly quotes) is read as typed, each change named, axe clean in both themes', async ({ page }) => {
  const pasted = '$ docker run \u2013rm -e \u201cGREETING=hi\u201d alpine env\nGREETING=hi\n$ docker ps \u2013a';
  for (const [lang, note] of [['en', 'Read as it would be typed'], ['ko', '터미널에 입력하는 형태로']] as const) {
    await page.goto(address(lang, pasted));
    const fixes = page.locator('.explain__fixes');
    await expect(fixes).toContainText(note);
    // The dashed flags (in one line), the quotes, the prompt, the output line.
    await expect(fixes.locator('li')).toHaveCount(4);
    await expect(fixes.locator('li').first()).toContainText('\u2013rm \u2192 --rm, \u2013a \u2192 -a:');
    await expect(page.locator('.explain__heading')).toHaveText(['docker run --rm -e "GREETING=hi" alpine env', 'docker ps -a']);
    await expect(page.getByRole('link', { name: '--rm' })).toHaveAttribute('href', `/${lang}/reference/run/#rm`);
    await expect(page.locator('.explain__problem')).toHaveCount(0);
    // The box keeps what the reader pasted.
    await expect(page.locator('#explain-input')).toHaveValue(pasted);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
    }
  }
});

test('a Docker command the reference does not cover links to its page in Docker\'s documentation and is no problem', async ({ page }) => {
  await page.goto(address('ko', 'docker swarm init --advertise-addr 10.0.0.1'));
  await expect(page.getByRole('link', { name: 'Docker 문서의 docker swarm init' })).toHaveAttribute('href', 'https://docs.docker.com/reference/cli/docker/swarm/init/');
  await expect(page.locator('.explain__problem')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('an argument says what it stands for where the page has words for it, else its name in the usage line', async ({ page }) => {
  await page.goto(address('en', 'docker logs web && docker build -t app . && docker top web aux'));
  const says = page.locator('.explain__part--argument .explain__says');
  await expect(says).toHaveText([/^The container, by its name or its ID/, /^The build context: /, /^The container, by its name/, /^Argument: ps OPTIONS\.$/]);
});

test('a here-document shows its lines as the command\'s input, and a pasted Compose file is named as one', async ({ page }) => {
  await page.goto(address('en', 'docker build -t app - <<EOF\nFROM alpine\nRUN echo hi\nEOF'));
  await expect(page.locator('.explain__here-document')).toHaveText('FROM alpine\nRUN echo hi');
  expect(await page.locator('.explain__here-document').evaluate((pre) => pre.getBoundingClientRect().height / parseFloat(getComputedStyle(pre).lineHeight))).toBeGreaterThan(1.5);
  await expect(page.locator('.explain__command')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(address('ko', 'services:\n  web:\n    image: nginx'));
  // Not a command: no command heading, no parts, none counted; the page says what such a file is for.
  await expect(page.locator('.explain__command')).toContainText('Compose 파일입니다');
  await expect(page.locator('.explain__part, .explain__heading')).toHaveCount(0);
  await expect(page.locator('.explain__status')).toHaveText('명령 0개, 문제 0개');
});

test('a paste too long to explain at once is explained up to the limit, and what was left is said', async ({ page }) => {
  await page.goto('/en/explain/');
  await expect(page.locator('.explain__status')).not.toBeEmpty();
  // Typed into the box at once (fill() types a long text slowly): text nested thousands deep, then 150 commands.
  const paste = (text: string) =>
    page.locator('#explain-input').evaluate((box: HTMLTextAreaElement, text) => {
      box.value = text;
      box.dispatchEvent(new Event('input'));
    }, text);
  const nested = `docker ps ${'$('.repeat(20_000)}`;
  await paste(nested);
  await expect(page.locator('.explain__output')).toHaveAttribute('data-command', nested);
  await expect(page.locator('.explain__unexplained')).toHaveText([
    'Only the first 10,000 of the 40,010 characters pasted are explained: paste the rest on its own.',
    'Only the first 100 commands are explained, not the 4,895 after them: paste those on their own.',
  ]);
  await expect(page.locator('.explain__command')).toHaveCount(100);
  await paste('docker ps -a\n'.repeat(150));
  await expect(page.locator('.explain__unexplained')).toHaveText(['Only the first 100 commands are explained, not the 50 after them: paste those on their own.']);
  await expect(page.locator('.explain__command')).toHaveCount(100);
  await expect(page.locator('.explain__status')).toHaveText('Commands: 100. Problems: 0.');
  expect(await axeViolations(page)).toEqual([]);
});

test('each value says what its flag does with it, and every problem box is counted', async ({ page }) => {
  await page.goto(address('en', 'docker run -p 3000 -e MODE=dev --label tier=web node && docker build --build-arg NODE_VERSION=18 . && docker-compose up -d && docker run nginx -p 80:80'));
  const values = page.locator('.explain__value');
  await expect(values).toHaveText([
    'Port 3000/tcp of the container is published on every host address, on a free port the host picks (docker port shows which).',
    'Sets MODE to dev inside the container.',
    'Sets the build argument NODE_VERSION to 18 for this build (the Dockerfile declares it with ARG).',
  ]);
  await expect(values.first().locator('code')).toHaveText(['3000', 'tcp', 'docker port']);
  // The legacy docker-compose: its box is a problem like any other.
  await expect(page.locator('.explain__part--marked')).toHaveCount(1);
  await expect(page.locator('.explain__status')).toHaveText('Commands: 4. Problems: 1.');
  // A flag written after the image is the container's: said, not counted as a problem.
  await expect(page.locator('.explain__part--container-command').last()).toContainText(
    "Arguments for the container, not for Docker: they take the place of the image's default command (CMD), and an image with an ENTRYPOINT gets them as its arguments.Note: -p is a flag of docker run too, but written after the image it goes to the container: to give it to docker run, write it before the image.",
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('dark theme: an explanation with problems is axe clean', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(address('en', 'docker build -p 80 . && docker -d && docker exec -it web'));
  await expect(page.locator('.explain__part--marked')).toHaveCount(3);
  await expect(page.locator('.explain__part--marked').last()).toContainText('Problem: docker exec needs COMMAND, which is left out here.');
  expect(await axeViolations(page)).toEqual([]);
});

test('search offers "Explain this command" first for a command line, then the usual results', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('docker run -d -p 8080:80 nginx');
  const options = page.locator('#search-results [role="option"]');
  await expect(options.first()).toContainText('Explain this command', { timeout: 15_000 });
  await expect(options.nth(1)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/explain\/\?cmd=docker/);
  await expect(page.locator('#explain-input')).toHaveValue('docker run -d -p 8080:80 nginx');
  await expect(page.locator('.explain__part')).toHaveCount(4);
  // Copied from a tutorial with its prompt.
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('$ docker ps -a');
  await expect(options.first()).toContainText('Explain this command', { timeout: 15_000 });
});

test('a query that is words, or only a command name, gets no explain row', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('docker network create');
  const options = page.locator('#search-results [role="option"]');
  await expect(options.first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('#search-hit-explain')).toHaveCount(0);
});

test('a command block of the notes opens in the explainer beside Copy, with its own text', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/using-docker-further/');
  const figure = page.locator('figure.code').filter({ hasText: 'docker run' }).first();
  const code = await figure.locator('pre code').innerText();
  // Only command code offers it: a plain text block has Copy alone.
  const text = page.locator('figure.code:has(pre[data-language="text"]) copy-button');
  await expect(text.first().getByRole('button', { name: '복사' })).toBeVisible();
  await expect(text.locator('a.code__explain')).toHaveCount(0);
  // The drawn links leave the page as accessible as before.
  expect(await axeViolations(page, { include: 'main' })).toEqual([]);
  await figure.getByRole('link', { name: '풀이' }).click();
  await expect(page).toHaveURL(/\/ko\/explain\/\?cmd=/);
  await expect(page.locator('#explain-input')).toHaveValue(code.replace(/\n$/, ''));
  await expect(page.locator('.explain__part').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says it needs JavaScript and links to the reference; the box is hidden', async ({ page }) => {
    await page.goto(address('en', 'docker ps -a'));
    await expect(page.locator('main .explain-noscript')).toContainText('needs JavaScript');
    await expect(page.locator('main .explain-noscript a')).toHaveAttribute('href', '/en/reference/');
    await expect(page.locator('#explain-input')).toBeHidden();
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test.afterEach(async ({ context }) => context.setOffline(false));

  test('once visited, the explainer keeps working with no network, its code and data from the cache', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.goto(address('en', 'docker ps -a'));
    await expect(page.locator('.explain__part')).toHaveCount(2);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    // The page opened before the worker existed is kept once the worker is active; so is the data it fetched.
    const kept = () => page.evaluate(async () => [Boolean(await caches.match('/en/explain/')), Boolean(await caches.match('/en/explain/data.json'))]);
    await expect.poll(kept, { timeout: 20_000 }).toEqual([true, true]);
    await context.setOffline(true);
    await page.goto(address('en', 'docker run -d -p 8080:80 nginx'));
    await expect(page.locator('.explain__part')).toHaveCount(4);
    await expect(page.getByRole('link', { name: '-p, --publish' })).toBeVisible();
  });
});

test('the other language\'s link carries the command, from the address and as it is typed', async ({ page }) => {
  await page.goto(address('en', 'docker run -d -p 8080:80 nginx'));
  await expect(page.locator('.explain__part')).toHaveCount(4);
  await page.locator('a[data-language-link]').click();
  await expect(page).toHaveURL(/\/ko\/explain\/\?cmd=docker/);
  await expect(page.locator('#explain-input')).toHaveValue('docker run -d -p 8080:80 nginx');
  await expect(page.locator('.explain__part')).toHaveCount(4);
  await page.locator('#explain-input').fill('docker ps -a');
  await expect(page.locator('.explain__part')).toHaveCount(2);
  await page.locator('a[data-language-link]').click();
  await expect(page.locator('#explain-input')).toHaveValue('docker ps -a');
});

test('a placeholder fills its argument\'s place, in Korean words; a digest wraps on a phone instead of widening the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(address('ko', 'docker exec -it <container_name> bash && docker pull nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31'));
  const placeholder = page.locator('.explain__part--placeholder');
  await expect(placeholder).toContainText('자리 표시');
  await expect(placeholder).toContainText('컨테이너');
  await expect(page.locator('.explain__part--container-command')).toContainText('bash');
  await expect(page.locator('.explain__status')).toHaveText('명령 2개, 문제 0개');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await axeViolations(page)).toEqual([]);
});

import { describe, expect, it, vi } from 'vitest';

import {
  NAVIGATION_TIMEOUT_MS,
  cacheNameOf,
  handles,
  precache,
  removeOldCaches,
  respond,
  type OfflineEnv,
  type PrecacheManifest,
} from './offline-cache';

const SCOPE = 'https://tools.example/isolation-advisor/';
const MANIFEST: PrecacheManifest = {
  version: 'v2',
  files: ['index.html', 'assets/index-abc.js', 'favicon.svg'],
};

/** A Map-backed Cache Storage: enough of the API for the worker, in creation order. */
class FakeCache {
  readonly entries = new Map<string, Response>();
  /** Every response stored, as given. */
  readonly stored: Response[] = [];
  put(request: Request | string, response: Response): Promise<void> {
    this.stored.push(response);
    this.entries.set(typeof request === 'string' ? request : request.url, response);
    return Promise.resolve();
  }
  match(request: Request | string, options?: CacheQueryOptions): Promise<Response | undefined> {
    const url = new URL(typeof request === 'string' ? request : request.url);
    if (options?.ignoreSearch === true) url.search = '';
    return Promise.resolve(this.entries.get(url.href)?.clone());
  }
}

class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  open(name: string): Promise<FakeCache> {
    const cache = this.caches.get(name) ?? new FakeCache();
    this.caches.set(name, cache);
    return Promise.resolve(cache);
  }
  keys(): Promise<string[]> {
    return Promise.resolve([...this.caches.keys()]);
  }
  delete(name: string): Promise<boolean> {
    return Promise.resolve(this.caches.delete(name));
  }
  async match(
    request: Request | string,
    options?: CacheQueryOptions,
  ): Promise<Response | undefined> {
    for (const cache of this.caches.values()) {
      const hit = await cache.match(request, options);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
}

type Network = 'online' | 'offline' | 'slow';

const setup = (network: Network = 'online') => {
  const storage = new FakeCacheStorage();
  const requested: Request[] = [];
  const fetch = vi.fn((request: Request): Promise<Response> => {
    requested.push(request);
    if (network === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    const body = `network:${new URL(request.url).pathname}`;
    const response = new Response(body, { status: 200 });
    // "slow": answers only after the navigation timeout has fired.
    return network === 'slow'
      ? new Promise((resolve) => {
          setTimeout(() => {
            resolve(response);
          }, 50);
        })
      : Promise.resolve(response);
  });
  const env: OfflineEnv = {
    caches: storage as unknown as CacheStorage,
    fetch,
    scope: SCOPE,
    // The navigation timeout fires at once on a slow network, never otherwise.
    delay: (ms) =>
      new Promise((resolve) => {
        expect(ms).toBe(NAVIGATION_TIMEOUT_MS);
        if (network === 'slow') resolve();
      }),
  };
  return { env, storage, requested, fetch };
};

/** A cache filled as an install of `manifest` leaves it, each file's body naming its build. */
const fill = async (storage: FakeCacheStorage, manifest: PrecacheManifest): Promise<void> => {
  const cache = await storage.open(cacheNameOf(manifest));
  for (const file of manifest.files) {
    await cache.put(new URL(file, SCOPE).href, new Response(`${manifest.version}:${file}`));
  }
};

const page = (path: string): Request => {
  const request = new Request(new URL(path, SCOPE).href);
  Object.defineProperty(request, 'mode', { value: 'navigate' });
  return request;
};

describe('install: precache', () => {
  it("stores every file of the build under the worker's folder, revalidated with the server", async () => {
    const { env, storage, requested } = setup();
    await precache(env, MANIFEST);
    const cache = storage.caches.get(cacheNameOf(MANIFEST));
    expect([...(cache?.entries.keys() ?? [])].sort()).toEqual(
      MANIFEST.files.map((f) => `${SCOPE}${f}`).sort(),
    );
    expect(requested.every((r) => r.cache === 'no-cache')).toBe(true);
  });

  it('fails when a file is missing, so the browser keeps the working worker', async () => {
    const { env } = setup();
    const fetch = vi.fn((request: Request) =>
      Promise.resolve(
        new Response('', { status: request.url.endsWith('favicon.svg') ? 404 : 200 }),
      ),
    );
    await expect(precache({ ...env, fetch }, MANIFEST)).rejects.toThrow(
      /favicon\.svg answered 404/,
    );
  });

  it('keeps the content of a redirected file, which a page load could not use as is', async () => {
    const { env, storage } = setup();
    const fetch = (): Promise<Response> => {
      const response = new Response('page');
      Object.defineProperty(response, 'redirected', { value: true });
      return Promise.resolve(response);
    };
    await precache({ ...env, fetch }, { version: 'r', files: ['index.html'] });
    const [stored] = storage.caches.get('isolation-advisor-r')?.stored ?? [];
    expect(stored?.redirected).toBe(false);
    expect(await stored?.text()).toBe('page');
  });
});

describe('activate: removeOldCaches', () => {
  it.each([
    ['first install', ['v2'], ['v2']],
    ['one update: the previous build stays for its open tabs', ['v1', 'v2'], ['v1', 'v2']],
    ['two updates: only the previous build stays', ['v0', 'v1', 'v2'], ['v1', 'v2']],
    ['a rollback to an older build: the newest other stays', ['v0', 'v2', 'v1'], ['v2', 'v1']],
  ])('%s', async (_name, versions, kept) => {
    const { env, storage } = setup();
    for (const version of versions) await storage.open(`isolation-advisor-${version}`);
    await storage.open('another-app');
    await removeOldCaches(env, MANIFEST);
    expect(await storage.keys()).toEqual([
      ...kept.map((v) => `isolation-advisor-${v}`),
      'another-app',
    ]);
  });
});

describe('fetch: which requests the worker answers', () => {
  it.each([
    ['a page of the app', new Request(`${SCOPE}#v=1&p=a.b.c`), true],
    ['a file of the app', new Request(`${SCOPE}assets/index-abc.js`), true],
    ['a POST', new Request(`${SCOPE}x`, { method: 'POST', body: 'x' }), false],
    ['another app on the same host', new Request('https://tools.example/other/'), false],
    ['the folder without its slash', new Request('https://tools.example/isolation-advisor'), false],
    ['another origin', new Request('https://cdn.example/isolation-advisor/x.js'), false],
  ])('%s: %s', (_name, request, expected) => {
    expect(handles(setup().env, request)).toBe(expected);
  });
});

describe('fetch: page loads', () => {
  it('online: the network answers, so a new build shows at once', async () => {
    const { env, storage } = setup('online');
    await fill(storage, MANIFEST);
    const response = await respond(env, MANIFEST, page(''));
    expect(await response.text()).toBe('network:/isolation-advisor/');
  });

  it.each([
    ['the app folder', ''],
    ['the app folder with a query', '?utm_source=mail'],
    ['index.html', 'index.html'],
  ])('offline: %s opens the cached page', async (_name, path) => {
    const { env, storage } = setup('offline');
    await fill(storage, MANIFEST);
    const response = await respond(env, MANIFEST, page(path));
    expect(await response.text()).toBe('v2:index.html');
  });

  it('a network slower than the timeout: the cached page shows', async () => {
    const { env, storage } = setup('slow');
    await fill(storage, MANIFEST);
    const response = await respond(env, MANIFEST, page(''));
    expect(await response.text()).toBe('v2:index.html');
  });

  it('offline with nothing cached: the load fails as it would without a worker', async () => {
    const { env } = setup('offline');
    await expect(respond(env, MANIFEST, page(''))).rejects.toThrow('Failed to fetch');
  });

  it('offline, a page of another path under the app is not answered with index.html', async () => {
    const { env, storage } = setup('offline');
    await fill(storage, MANIFEST);
    await expect(respond(env, MANIFEST, page('nowhere/'))).rejects.toThrow('Failed to fetch');
  });
});

describe('fetch: files', () => {
  it('a file of this build comes from its cache, without a request', async () => {
    const { env, storage, fetch } = setup('online');
    await fill(storage, MANIFEST);
    const response = await respond(env, MANIFEST, new Request(`${SCOPE}assets/index-abc.js`));
    expect(await response.text()).toBe('v2:assets/index-abc.js');
    expect(fetch).not.toHaveBeenCalled();
  });

  it("a tab of the previous build still gets that build's files after a deploy", async () => {
    const { env, storage } = setup('offline');
    await fill(storage, { version: 'v1', files: ['assets/old-chunk.js'] });
    await fill(storage, MANIFEST);
    const response = await respond(env, MANIFEST, new Request(`${SCOPE}assets/old-chunk.js`));
    expect(await response.text()).toBe('v1:assets/old-chunk.js');
  });

  it('a file in no cache is fetched and not stored (only the build is kept)', async () => {
    const { env, storage } = setup('online');
    await fill(storage, MANIFEST);
    const response = await respond(env, MANIFEST, new Request(`${SCOPE}_headers`));
    expect(await response.text()).toBe('network:/isolation-advisor/_headers');
    expect(await storage.match(`${SCOPE}_headers`)).toBeUndefined();
  });
});

describe('privacy', () => {
  it("requests only its own folder's files, installing or answering", async () => {
    const { env, storage, requested } = setup('online');
    await precache(env, MANIFEST);
    for (const path of ['', 'index.html', 'assets/index-abc.js', 'assets/new.js']) {
      await respond(env, MANIFEST, path === '' ? page(path) : new Request(`${SCOPE}${path}`));
    }
    expect(storage.caches.size).toBe(1);
    expect(requested.length).toBeGreaterThan(MANIFEST.files.length);
    expect(requested.filter((r) => !r.url.startsWith(SCOPE))).toEqual([]);
  });
});

import type { RuleModule } from '../engine/rule.js';
import type { EngineSettings } from '../engine/settings.js';
import { defaultSettings, type Settings } from '../shared/settings.js';
import { clearNotice, describeProblem, loadSettings, parseSettings, readNotice, saveSettings, type KeyValueArea } from '../shared/storage.js';

export type SetResult = { ok: true; settings: Settings } | { ok: false; message: string };

/**
 * The background is the only writer of settings. It keeps them in memory (loaded once per
 * worker start) and hands the engine the same settings object until they change, so the
 * engine's per-settings cache of resolved rules is reused across keystrokes.
 */
export class SettingsStore {
  private current?: Promise<{ settings: Settings; engine: EngineSettings }>;

  constructor(
    private readonly area: KeyValueArea,
    private readonly rules: readonly RuleModule[],
    private readonly log: (message: string, detail?: unknown) => void = () => undefined,
  ) {}

  private load(): Promise<{ settings: Settings; engine: EngineSettings }> {
    this.current ??= loadSettings(this.area, this.rules)
      .then((loaded) => {
        if (loaded.fellBack) this.log('stored settings were unreadable; using defaults', loaded.fellBack);
        return loaded.settings;
      })
      .catch((error: unknown) => {
        // Storage itself failed: run on defaults for now and try again next time.
        this.log('could not read settings', error);
        this.current = undefined;
        return defaultSettings();
      })
      .then((settings) => ({ settings, engine: { rules: settings.rules } }));
    return this.current;
  }

  /** Settings were written from outside this store (another context, devtools): read them again next time. */
  invalidate(): void {
    this.current = undefined;
  }

  async get(): Promise<Settings> {
    return (await this.load()).settings;
  }

  /** The engine's view of the settings: the same object until the settings change. */
  async engineSettings(): Promise<EngineSettings> {
    return (await this.load()).engine;
  }

  /** Validate (migrating older exports), then save. Invalid input changes nothing and says where it is wrong. */
  async set(raw: unknown): Promise<SetResult> {
    const parsed = parseSettings(raw, this.rules);
    if (!parsed.ok) return { ok: false, message: describeProblem(parsed) };
    await saveSettings(this.area, parsed.settings);
    this.current = Promise.resolve({ settings: parsed.settings, engine: { rules: parsed.settings.rules } });
    return { ok: true, settings: parsed.settings };
  }

  async reset(): Promise<Settings> {
    const settings = defaultSettings();
    await saveSettings(this.area, settings);
    this.current = Promise.resolve({ settings, engine: { rules: settings.rules } });
    return settings;
  }

  async notice(): Promise<string | undefined> {
    await this.load(); // a fall-back during this load leaves its notice first
    return readNotice(this.area);
  }

  async ackNotice(): Promise<void> {
    await clearNotice(this.area);
  }
}

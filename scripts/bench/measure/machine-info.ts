/**
 * The machine and tool versions a benchmark ran with, so results from two runs can be compared.
 */
import { readFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';

/** Where and with what a benchmark ran. */
export type MachineInfo = { cpu: string; cores: number; ramBytes: number; node: string; astro: string; mdx: string; pagefind: string; platform: string; loadAverage: number[] };

/** Reads the CPU, RAM, load and the installed versions of Node, Astro, @astrojs/mdx and Pagefind. */
export async function readMachineInfo(root: string): Promise<MachineInfo> {
  const version = async (name: string) => ((JSON.parse(await readFile(`${root}/node_modules/${name}/package.json`, 'utf8')) as { version: string }).version);
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramBytes: totalmem(),
    node: process.version,
    astro: await version('astro'),
    mdx: await version('@astrojs/mdx'),
    pagefind: await version('pagefind'),
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
  };
}

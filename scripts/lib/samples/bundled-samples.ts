/**
 * What the project ships as its sample site, by content: the five sample articles, their override
 * and company note (paths relative to the project root), and the entries of
 * `content/companies.yaml` (by id and `hashRegistryEntry`). `npm run remove-samples` deletes a
 * file or entry only when its content is exactly this, so nothing a user wrote or changed goes.
 * `bundled-samples.test.ts` holds these hashes to the copies in `scripts/fixtures/samples/`.
 */

/** A bundled file and the SHA-256 of its bytes (with LF line ends). */
export type BundledFile = { path: string; sha256: string };

/** The sample files. */
export const bundledSampleFiles: readonly BundledFile[] = [
  { path: 'content/sources/000_bd7816fc1dee6379.txt', sha256: 'c0b0b0cfdf86e0674d036a12bab7040c59aae072cea84cd2257bb46f8a1f95ee' },
  { path: 'content/sources/001_729ec53e779b97e2.txt', sha256: '18d0697406ba7fa3d53eb6b3e5994ec1f5c54bd49bcffd92c5098df3d1cfa478' },
  { path: 'content/sources/002_35dac0b25fd3d73e.txt', sha256: 'dbc85894057c5ca2cc5fc43a7ab6b7e0c0aed2174a1d3699df14236fbddd6f86' },
  { path: 'content/sources/003_74e3ba4eb27d1507.txt', sha256: 'a5e51692a6f05b16b46b522d623db2d484153583a54ac8fdd27ed1584dbd0307' },
  { path: 'content/sources/004_3e336de85c41050a.txt', sha256: '7e560dd1a86489d663436354090e2de85247f60f8f7a6b13669d3d374d6b9090' },
  { path: 'content/overrides/002_35dac0b25fd3d73e.txt.yaml', sha256: 'a23910b9edd6d52406953ae2b56f76b24c8aed5dd673648da905fddf26b5dec9' },
  { path: 'content/companies/alibaba.mdx', sha256: '29d2b5cb197d39ae0d99c33837f5fd5ef6b3190ef8cac97b08e71c3bac6020ab' },
];

/** The registry file the sample entries are in. */
export const registryPath = 'content/companies.yaml';

/** The sample entries of the registry. */
export const bundledRegistryEntries: readonly { id: string; sha256: string }[] = [
  { id: 'alibaba', sha256: '786c3bf39b6b6326e9ee49aed40cbc3784bbe8b4566ffe27b4555284f5eb1d74' },
  { id: 'meta', sha256: 'e07a37ec7d0a1750fe3d5118460c027383fd98c54492630363e705993c6d2e3e' },
  { id: 'citigroup', sha256: '60f17054c1de91ee943d0051bd4f9d4eda159b69836ca8c925b44f3577b21582' },
  { id: 'sanford-c-bernstein', sha256: 'bf92bb3a90063b36a5b24a378a0987a4107a3811e82f902c13bfd1198756ce93' },
  { id: 'minimax', sha256: 'bba41790fe1d3ae1cba6da448d0230fc66f9e37593529b1c5372b35c31aa0d00' },
  { id: 'bloomberg', sha256: 'e8b86ef113ef5469766fd37e185535043070f14542b33ecc5b6a35b5b1cc037f' },
  { id: 'google', sha256: '297f2edc93e205f734ecc3c4796d298b4f104ba60eb37c0fa5994ef93de3dd94' },
  { id: 'gartner', sha256: 'e1764a75aa74e14e3677350a49cafd2049d6dcd98dbcfdf1ae3b59de91d5d28b' },
  { id: 'hugging-face', sha256: 'c418eef9bd55335b1222b8d50326597104248bd69d2c2d4ef47b570f9a5773d3' },
  { id: 'tencent', sha256: '384c52b24af6c42078319f0ac330d875bd611c7ea7ea51a0f8196cbc8e9cc77d' },
  { id: 'aws', sha256: '798eb35132f894c5e60ded84d27ac8ae2eeb3a596da13e978898dff748babeb5' },
  { id: 'apple', sha256: '051283250171918acd0ea625c9f264b69997f951031cf4225763d588041300bd' },
];

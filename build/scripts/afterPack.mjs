/**
 * electron-builder `afterPack` hook: flips Electron's fuses in the packed binary before it is signed, so a shipped Glossa
 * cannot be turned into a general-purpose Node (RunAsNode, NODE_OPTIONS, --inspect), loads its code only from its own
 * app.asar and checks that archive's integrity, and encrypts its cookies at rest. Uses electron-builder's
 * `packager.addElectronFuses`, which knows where each platform keeps the executable.
 */
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** The fuse settings, exported so they can be read and checked without packaging. */
export const GLOSSA_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The app is served from glossa://, never file://; file: pages get no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** electron-builder calls this once per packed platform/arch. */
export async function afterPack(context) {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await context.packager.addElectronFuses(context, {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature of an arm64 macOS binary; re-sign it (real signing follows).
    resetAdHocDarwinSignature: darwin,
    ...GLOSSA_FUSES,
  });
  console.log(`  • electron fuses hardened  platform=${context.electronPlatformName} appOutDir=${context.appOutDir}`);
}

export default afterPack;

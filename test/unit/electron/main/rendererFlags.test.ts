import { describe, expect, it } from 'vitest';
import { disabledFeaturesSwitch, RENDERER_DISABLED_FEATURES } from '../../../../electron/main/rendererFlags';

describe('disabledFeaturesSwitch', () => {
  it('is Glossa’s list when the command line gave none', () => {
    expect(disabledFeaturesSwitch('')).toBe(RENDERER_DISABLED_FEATURES.join(','));
    expect(disabledFeaturesSwitch('')).toContain('NavigationPredictor');
  });

  it('keeps the features a user disabled on the command line, each feature once', () => {
    expect(disabledFeaturesSwitch('CalculateNativeWinOcclusion, HardwareMediaKeyHandling')).toBe(
      'CalculateNativeWinOcclusion,HardwareMediaKeyHandling,NavigationPredictor',
    );
    expect(disabledFeaturesSwitch('NavigationPredictor,,')).toBe('NavigationPredictor');
  });
});

namespace Spotify.Media.Analysis;

/// <summary>EBU R128 loudness of a whole track.</summary>
/// <param name="IntegratedLufs">
/// Integrated loudness in LUFS; negative infinity when nothing is louder than the −70 LUFS absolute
/// gate of ITU-R BS.1770 (silence), where integrated loudness is undefined.
/// </param>
/// <param name="TruePeakDbtp">Highest true (inter-sample) peak in dBTP; negative infinity for digital silence.</param>
public sealed record LoudnessMeasurement(double IntegratedLufs, double TruePeakDbtp)
{
    public bool IsSilent => double.IsNegativeInfinity(IntegratedLufs);
}

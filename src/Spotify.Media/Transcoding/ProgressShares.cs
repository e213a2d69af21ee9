namespace Spotify.Media.Transcoding;

/// <summary>Reports the mean progress of parts running at the same time as one progress.</summary>
internal sealed class ProgressShares(IProgress<double>? total, int parts)
{
    private readonly double[] _fractions = new double[parts];

    public IProgress<double>? Part(int index) => total is null ? null : new Share(this, index);

    private void Report(int index, double fraction)
    {
        // Reporting under the lock keeps the totals in order when the parts report at once.
        lock (_fractions)
        {
            _fractions[index] = fraction;
            total!.Report(_fractions.Average());
        }
    }

    private sealed class Share(ProgressShares shares, int index) : IProgress<double>
    {
        public void Report(double value) => shares.Report(index, value);
    }
}

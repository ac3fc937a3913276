# More than 64 locals (uninitialized-variable analysis beyond the first 64), EXTENDED_ARG jumps, deep expressions.
def big(flag):
    v0 = 0 if flag else None
    v1 = 1 if flag else None
    v2 = 2 if flag else None
    v3 = 3 if flag else None
    v4 = 4 if flag else None
    v5 = 5 if flag else None
    v6 = 6 if flag else None
    v7 = 7 if flag else None
    v8 = 8 if flag else None
    v9 = 9 if flag else None
    v10 = 10 if flag else None
    v11 = 11 if flag else None
    v12 = 12 if flag else None
    v13 = 13 if flag else None
    v14 = 14 if flag else None
    v15 = 15 if flag else None
    v16 = 16 if flag else None
    v17 = 17 if flag else None
    v18 = 18 if flag else None
    v19 = 19 if flag else None
    v20 = 20 if flag else None
    v21 = 21 if flag else None
    v22 = 22 if flag else None
    v23 = 23 if flag else None
    v24 = 24 if flag else None
    v25 = 25 if flag else None
    v26 = 26 if flag else None
    v27 = 27 if flag else None
    v28 = 28 if flag else None
    v29 = 29 if flag else None
    v30 = 30 if flag else None
    v31 = 31 if flag else None
    v32 = 32 if flag else None
    v33 = 33 if flag else None
    v34 = 34 if flag else None
    v35 = 35 if flag else None
    v36 = 36 if flag else None
    v37 = 37 if flag else None
    v38 = 38 if flag else None
    v39 = 39 if flag else None
    v40 = 40 if flag else None
    v41 = 41 if flag else None
    v42 = 42 if flag else None
    v43 = 43 if flag else None
    v44 = 44 if flag else None
    v45 = 45 if flag else None
    v46 = 46 if flag else None
    v47 = 47 if flag else None
    v48 = 48 if flag else None
    v49 = 49 if flag else None
    v50 = 50 if flag else None
    v51 = 51 if flag else None
    v52 = 52 if flag else None
    v53 = 53 if flag else None
    v54 = 54 if flag else None
    v55 = 55 if flag else None
    v56 = 56 if flag else None
    v57 = 57 if flag else None
    v58 = 58 if flag else None
    v59 = 59 if flag else None
    v60 = 60 if flag else None
    v61 = 61 if flag else None
    v62 = 62 if flag else None
    v63 = 63 if flag else None
    v64 = 64 if flag else None
    v65 = 65 if flag else None
    v66 = 66 if flag else None
    v67 = 67 if flag else None
    v68 = 68 if flag else None
    v69 = 69 if flag else None
    v70 = 70 if flag else None
    v71 = 71 if flag else None
    v72 = 72 if flag else None
    v73 = 73 if flag else None
    v74 = 74 if flag else None
    v75 = 75 if flag else None
    v76 = 76 if flag else None
    v77 = 77 if flag else None
    v78 = 78 if flag else None
    v79 = 79 if flag else None
    if flag:
        w70 = 70
    total = (v0 or 0) + (v1 or 0) + (v2 or 0) + (v3 or 0) + (v4 or 0) + (v5 or 0) + (v6 or 0) + (v7 or 0) + (v8 or 0) + (v9 or 0) + (v10 or 0) + (v11 or 0) + (v12 or 0) + (v13 or 0) + (v14 or 0) + (v15 or 0) + (v16 or 0) + (v17 or 0) + (v18 or 0) + (v19 or 0) + (v20 or 0) + (v21 or 0) + (v22 or 0) + (v23 or 0) + (v24 or 0) + (v25 or 0) + (v26 or 0) + (v27 or 0) + (v28 or 0) + (v29 or 0) + (v30 or 0) + (v31 or 0) + (v32 or 0) + (v33 or 0) + (v34 or 0) + (v35 or 0) + (v36 or 0) + (v37 or 0) + (v38 or 0) + (v39 or 0) + (v40 or 0) + (v41 or 0) + (v42 or 0) + (v43 or 0) + (v44 or 0) + (v45 or 0) + (v46 or 0) + (v47 or 0) + (v48 or 0) + (v49 or 0) + (v50 or 0) + (v51 or 0) + (v52 or 0) + (v53 or 0) + (v54 or 0) + (v55 or 0) + (v56 or 0) + (v57 or 0) + (v58 or 0) + (v59 or 0) + (v60 or 0) + (v61 or 0) + (v62 or 0) + (v63 or 0) + (v64 or 0) + (v65 or 0) + (v66 or 0) + (v67 or 0) + (v68 or 0) + (v69 or 0) + (v70 or 0) + (v71 or 0) + (v72 or 0) + (v73 or 0) + (v74 or 0) + (v75 or 0) + (v76 or 0) + (v77 or 0) + (v78 or 0) + (v79 or 0)
    print(total)
    return w70
print(big(True))
try:
    big(False)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
print(((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))) + 0 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40 + 41 + 42 + 43 + 44 + 45 + 46 + 47 + 48 + 49 + 50 + 51 + 52 + 53 + 54 + 55 + 56 + 57 + 58 + 59 + 60 + 61 + 62 + 63 + 64 + 65 + 66 + 67 + 68 + 69 + 70 + 71 + 72 + 73 + 74 + 75 + 76 + 77 + 78 + 79 + 80 + 81 + 82 + 83 + 84 + 85 + 86 + 87 + 88 + 89 + 90 + 91 + 92 + 93 + 94 + 95 + 96 + 97 + 98 + 99 + 100 + 101 + 102 + 103 + 104 + 105 + 106 + 107 + 108 + 109 + 110 + 111 + 112 + 113 + 114 + 115 + 116 + 117 + 118 + 119 + 120 + 121 + 122 + 123 + 124 + 125 + 126 + 127 + 128 + 129 + 130 + 131 + 132 + 133 + 134 + 135 + 136 + 137 + 138 + 139 + 140 + 141 + 142 + 143 + 144 + 145 + 146 + 147 + 148 + 149 + 150 + 151 + 152 + 153 + 154 + 155 + 156 + 157 + 158 + 159 + 160 + 161 + 162 + 163 + 164 + 165 + 166 + 167 + 168 + 169 + 170 + 171 + 172 + 173 + 174 + 175 + 176 + 177 + 178 + 179 + 180 + 181 + 182 + 183 + 184 + 185 + 186 + 187 + 188 + 189 + 190 + 191 + 192 + 193 + 194 + 195 + 196 + 197 + 198 + 199)
d = {'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7, 'k8': 8, 'k9': 9, 'k10': 10, 'k11': 11, 'k12': 12, 'k13': 13, 'k14': 14, 'k15': 15, 'k16': 16, 'k17': 17, 'k18': 18, 'k19': 19, 'k20': 20, 'k21': 21, 'k22': 22, 'k23': 23, 'k24': 24, 'k25': 25, 'k26': 26, 'k27': 27, 'k28': 28, 'k29': 29, 'k30': 30, 'k31': 31, 'k32': 32, 'k33': 33, 'k34': 34, 'k35': 35, 'k36': 36, 'k37': 37, 'k38': 38, 'k39': 39, 'k40': 40, 'k41': 41, 'k42': 42, 'k43': 43, 'k44': 44, 'k45': 45, 'k46': 46, 'k47': 47, 'k48': 48, 'k49': 49, 'k50': 50, 'k51': 51, 'k52': 52, 'k53': 53, 'k54': 54, 'k55': 55, 'k56': 56, 'k57': 57, 'k58': 58, 'k59': 59, 'k60': 60, 'k61': 61, 'k62': 62, 'k63': 63, 'k64': 64, 'k65': 65, 'k66': 66, 'k67': 67, 'k68': 68, 'k69': 69, 'k70': 70, 'k71': 71, 'k72': 72, 'k73': 73, 'k74': 74, 'k75': 75, 'k76': 76, 'k77': 77, 'k78': 78, 'k79': 79, 'k80': 80, 'k81': 81, 'k82': 82, 'k83': 83, 'k84': 84, 'k85': 85, 'k86': 86, 'k87': 87, 'k88': 88, 'k89': 89, 'k90': 90, 'k91': 91, 'k92': 92, 'k93': 93, 'k94': 94, 'k95': 95, 'k96': 96, 'k97': 97, 'k98': 98, 'k99': 99, 'k100': 100, 'k101': 101, 'k102': 102, 'k103': 103, 'k104': 104, 'k105': 105, 'k106': 106, 'k107': 107, 'k108': 108, 'k109': 109, 'k110': 110, 'k111': 111, 'k112': 112, 'k113': 113, 'k114': 114, 'k115': 115, 'k116': 116, 'k117': 117, 'k118': 118, 'k119': 119, 'k120': 120, 'k121': 121, 'k122': 122, 'k123': 123, 'k124': 124, 'k125': 125, 'k126': 126, 'k127': 127, 'k128': 128, 'k129': 129, 'k130': 130, 'k131': 131, 'k132': 132, 'k133': 133, 'k134': 134, 'k135': 135, 'k136': 136, 'k137': 137, 'k138': 138, 'k139': 139, 'k140': 140, 'k141': 141, 'k142': 142, 'k143': 143, 'k144': 144, 'k145': 145, 'k146': 146, 'k147': 147, 'k148': 148, 'k149': 149, 'k150': 150, 'k151': 151, 'k152': 152, 'k153': 153, 'k154': 154, 'k155': 155, 'k156': 156, 'k157': 157, 'k158': 158, 'k159': 159, 'k160': 160, 'k161': 161, 'k162': 162, 'k163': 163, 'k164': 164, 'k165': 165, 'k166': 166, 'k167': 167, 'k168': 168, 'k169': 169, 'k170': 170, 'k171': 171, 'k172': 172, 'k173': 173, 'k174': 174, 'k175': 175, 'k176': 176, 'k177': 177, 'k178': 178, 'k179': 179, 'k180': 180, 'k181': 181, 'k182': 182, 'k183': 183, 'k184': 184, 'k185': 185, 'k186': 186, 'k187': 187, 'k188': 188, 'k189': 189, 'k190': 190, 'k191': 191, 'k192': 192, 'k193': 193, 'k194': 194, 'k195': 195, 'k196': 196, 'k197': 197, 'k198': 198, 'k199': 199, 'k200': 200, 'k201': 201, 'k202': 202, 'k203': 203, 'k204': 204, 'k205': 205, 'k206': 206, 'k207': 207, 'k208': 208, 'k209': 209, 'k210': 210, 'k211': 211, 'k212': 212, 'k213': 213, 'k214': 214, 'k215': 215, 'k216': 216, 'k217': 217, 'k218': 218, 'k219': 219, 'k220': 220, 'k221': 221, 'k222': 222, 'k223': 223, 'k224': 224, 'k225': 225, 'k226': 226, 'k227': 227, 'k228': 228, 'k229': 229, 'k230': 230, 'k231': 231, 'k232': 232, 'k233': 233, 'k234': 234, 'k235': 235, 'k236': 236, 'k237': 237, 'k238': 238, 'k239': 239, 'k240': 240, 'k241': 241, 'k242': 242, 'k243': 243, 'k244': 244, 'k245': 245, 'k246': 246, 'k247': 247, 'k248': 248, 'k249': 249, 'k250': 250, 'k251': 251, 'k252': 252, 'k253': 253, 'k254': 254, 'k255': 255, 'k256': 256, 'k257': 257, 'k258': 258, 'k259': 259, 'k260': 260, 'k261': 261, 'k262': 262, 'k263': 263, 'k264': 264, 'k265': 265, 'k266': 266, 'k267': 267, 'k268': 268, 'k269': 269, 'k270': 270, 'k271': 271, 'k272': 272, 'k273': 273, 'k274': 274, 'k275': 275, 'k276': 276, 'k277': 277, 'k278': 278, 'k279': 279, 'k280': 280, 'k281': 281, 'k282': 282, 'k283': 283, 'k284': 284, 'k285': 285, 'k286': 286, 'k287': 287, 'k288': 288, 'k289': 289, 'k290': 290, 'k291': 291, 'k292': 292, 'k293': 293, 'k294': 294, 'k295': 295, 'k296': 296, 'k297': 297, 'k298': 298, 'k299': 299}
print(len(d), d['k299'])
